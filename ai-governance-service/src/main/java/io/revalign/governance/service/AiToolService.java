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
import io.revalign.governance.repository.GoalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Registering and reading AI tools. */
@ApplicationScoped
public class AiToolService {

    static final String ENTITY = "AI_TOOL";

    private final AiToolRepository tools;
    private final GoalRepository goals;
    private final AuditService audit;

    public AiToolService(AiToolRepository tools, GoalRepository goals, AuditService audit) {
        this.tools = tools;
        this.goals = goals;
        this.audit = audit;
    }

    @Transactional
    public AiTool register(RegisterAiTool command) {
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
        tool.goalIds = new ArrayList<>(existingGoals(command.goalIds()));
        tool.status = ToolStatus.PROPOSED;
        tool.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        tool.updatedAt = tool.createdAt;
        tools.persistAndFlush(tool);
        audit.record("AI_TOOL_REGISTERED", ENTITY, tool.id, null, tool.snapshot());
        return tool;
    }

    /**
     * Replaces a tool's editable fields under If-Match. The status is not editable: a request that
     * sends another status than the current one is a 409 (decisions change it), and so is a vendor
     * and name that another tool has.
     */
    @Transactional
    public AiTool update(UUID id, String ifMatch, UpdateAiTool command) {
        AiTool tool = tools.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("AI tool", id));
        IfMatch.of(ifMatch).check(tool.version);
        if (command.status() != null && command.status() != tool.status) {
            throw ProblemException.conflict(
                    "The status of a tool changes only through decisions (POST /api/decisions): " + "it is "
                            + tool.status + ", not " + command.status());
        }
        String name = command.name().trim();
        String vendor = command.vendor().trim();
        tools.findByVendorAndName(vendor, name)
                .filter(other -> !other.id.equals(tool.id))
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            "AI tool " + other.id + " is already registered as " + other.name + " by " + other.vendor);
                });
        var before = tool.snapshot();
        tool.update(
                name,
                vendor,
                command.category(),
                command.description(),
                command.useCases() == null
                        ? List.of()
                        : command.useCases().stream().map(String::trim).toList(),
                command.dataCategories() == null ? Set.of() : command.dataCategories(),
                command.ownerRole(),
                command.skillKeys() == null
                        ? List.of()
                        : command.skillKeys().stream().distinct().toList(),
                existingGoals(command.goalIds()),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        tools.flush();
        audit.record("AI_TOOL_UPDATED", ENTITY, tool.id, before, tool.snapshot());
        return tool;
    }

    /** The goal ids without repeats; a 400 naming those that are no goal. */
    private List<UUID> existingGoals(List<UUID> ids) {
        if (ids == null) {
            return List.of();
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        List<UUID> missing = goals.missing(distinct);
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("goalIds", "names goals that do not exist: " + missing);
        }
        return distinct;
    }

    /** Records the intake answers of a tool under If-Match and derives its risk tier. */
    @Transactional
    public AiTool answerIntake(UUID id, String ifMatch, Set<IntakeQuestion> yes) {
        AiTool tool = tools.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("AI tool", id));
        IfMatch.of(ifMatch).check(tool.version);
        var before = tool.snapshot();
        tool.answerIntake(yes, Instant.now().truncatedTo(ChronoUnit.MICROS));
        tools.flush();
        audit.record("AI_TOOL_INTAKE_ANSWERED", ENTITY, tool.id, before, tool.snapshot());
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
