package io.revalign.governance.service;

import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.governance.domain.AiTool;
import io.revalign.governance.domain.AiToolFilter;
import io.revalign.governance.domain.IntakeQuestion;
import io.revalign.governance.domain.ToolStatus;
import io.revalign.governance.repository.AiToolRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Set;
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
    public AiTool create(CreateAiTool command) {
        String name = command.name().trim();
        String vendor = command.vendor().trim();
        // The unique index on (lower(vendor), lower(name)) still refuses the loser of a concurrent race.
        tools.findByVendorAndName(vendor, name).ifPresent(existing -> {
            throw ProblemException.conflict(
                    "AI tool " + existing.id + " is already registered as " + existing.name + " by " + existing.vendor);
        });
        AiTool tool = new AiTool();
        tool.name = name;
        tool.vendor = vendor;
        tool.category = command.category();
        tool.description = command.description();
        tool.useCases = command.useCases() == null
                ? new ArrayList<>()
                : new ArrayList<>(command.useCases().stream().map(String::trim).toList());
        tool.dataCategories =
                command.dataCategories() == null ? new TreeSet<>() : new TreeSet<>(command.dataCategories());
        tool.ownerRole = command.ownerRole();
        tool.skillKeys = command.skillKeys() == null
                ? new ArrayList<>()
                : new ArrayList<>(command.skillKeys().stream().distinct().toList());
        tool.status = ToolStatus.PROPOSED;
        tool.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        tool.updatedAt = tool.createdAt;
        tools.persistAndFlush(tool);
        return tool;
    }

    /** Records the intake answers of a tool under If-Match and derives its risk tier. */
    @Transactional
    public AiTool answerIntake(UUID id, String ifMatch, Set<IntakeQuestion> yes) {
        AiTool tool = tools.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("AI tool", id));
        IfMatch.of(ifMatch).check(tool.version);
        tool.answerIntake(yes, Instant.now().truncatedTo(ChronoUnit.MICROS));
        tools.flush();
        return tool;
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public AiTool get(UUID id) {
        return tools.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("AI tool", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Page<AiTool> list(AiToolFilter filter, String after, int limit) {
        return Page.of(tools.page(filter, Cursor.decode(after, filter), limit + 1), limit, tool -> tool.id, filter);
    }
}
