package io.revalign.governance.service;

import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.governance.api.AiToolRequest;
import io.revalign.governance.api.AiToolResponse;
import io.revalign.governance.domain.AiTool;
import io.revalign.governance.domain.ToolStatus;
import io.revalign.governance.repository.AiToolRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.TreeSet;
import java.util.UUID;

/** Registering and reading AI tools. */
@ApplicationScoped
public class AiToolService {

    private final AiToolRepository tools;

    public AiToolService(AiToolRepository tools) {
        this.tools = tools;
    }

    @Transactional
    public AiToolResponse register(AiToolRequest request) {
        String name = request.name().trim();
        String vendor = request.vendor().trim();
        // The unique index on (lower(vendor), lower(name)) still refuses the loser of a concurrent race.
        tools.findByVendorAndName(vendor, name).ifPresent(existing -> {
            throw ProblemException.conflict(
                    "AI tool " + existing.id + " is already registered as " + existing.name + " by " + existing.vendor);
        });
        AiTool tool = new AiTool();
        tool.name = name;
        tool.vendor = vendor;
        tool.category = request.category();
        tool.description = request.description();
        tool.useCases = request.useCases() == null
                ? new ArrayList<>()
                : new ArrayList<>(request.useCases().stream().map(String::trim).toList());
        tool.dataCategories =
                request.dataCategories() == null ? new TreeSet<>() : new TreeSet<>(request.dataCategories());
        tool.ownerRole = request.ownerRole();
        tool.skillKeys = request.skillKeys() == null
                ? new ArrayList<>()
                : new ArrayList<>(request.skillKeys().stream().distinct().toList());
        tool.status = ToolStatus.PROPOSED;
        tool.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        tool.updatedAt = tool.createdAt;
        tools.persistAndFlush(tool);
        return AiToolResponse.from(tool);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public AiToolResponse get(UUID id) {
        return tools.findByIdOptional(id)
                .map(AiToolResponse::from)
                .orElseThrow(() -> ProblemException.notFound("AI tool", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Page<AiToolResponse> list(AiToolRepository.Filter filter, String after, int limit) {
        return Page.of(
                tools.page(filter, Cursor.decode(after), limit + 1), limit, tool -> tool.id, AiToolResponse::from);
    }
}
