package io.revalign.governance.service;

import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import io.revalign.common.webhooks.Outbox;
import io.revalign.governance.client.SkillsClient;
import io.revalign.governance.config.GovernanceConfig;
import io.revalign.governance.domain.AiTool;
import io.revalign.governance.domain.Decision;
import io.revalign.governance.domain.DecisionFilter;
import io.revalign.governance.domain.DecisionInput;
import io.revalign.governance.domain.DecisionPolicy;
import io.revalign.governance.domain.DecisionRights;
import io.revalign.governance.domain.DecisionStatus;
import io.revalign.governance.domain.GovernanceEvents;
import io.revalign.governance.domain.Outcome;
import io.revalign.governance.domain.PolicyCell;
import io.revalign.governance.domain.RaciLetter;
import io.revalign.governance.domain.ReadinessGate;
import io.revalign.governance.domain.Refusal;
import io.revalign.governance.domain.RolloutReadiness;
import io.revalign.governance.domain.ToolLifecycle;
import io.revalign.governance.domain.ToolStatus;
import io.revalign.governance.repository.AiToolRepository;
import io.revalign.governance.repository.DecisionInputRepository;
import io.revalign.governance.repository.DecisionRepository;
import io.revalign.governance.repository.GoalRepository;
import io.revalign.governance.repository.PolicyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decision requests, inputs and decisions under the decision-rights policy. Each write locks the
 * decision row (and the tool row) first, so of two concurrent decisions exactly one is made and the
 * other sees it and gets a 409; the audit records are inserted last.
 */
@ApplicationScoped
public class DecisionService {

    static final String ENTITY = "DECISION";

    private final DecisionRepository decisions;
    private final DecisionInputRepository inputs;
    private final AiToolRepository tools;
    private final GoalRepository goals;
    private final PolicyRepository policies;
    private final Outbox outbox;
    private final AuditService audit;
    private final Caller caller;
    private final GovernanceConfig config;
    private final SkillsClient skills;

    public DecisionService(
            DecisionRepository decisions,
            DecisionInputRepository inputs,
            AiToolRepository tools,
            GoalRepository goals,
            PolicyRepository policies,
            Outbox outbox,
            AuditService audit,
            Caller caller,
            GovernanceConfig config,
            SkillsClient skills) {
        this.decisions = decisions;
        this.inputs = inputs;
        this.tools = tools;
        this.goals = goals;
        this.policies = policies;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.config = config;
        this.skills = skills;
    }

    /**
     * Opens a decision request under the policy version in force: the caller must hold its
     * Responsible or Accountable role (403), the tool must be in a status the decision type applies
     * to and have no other open request (409).
     */
    @Transactional
    public DecisionView request(RequestDecision command) {
        AiTool tool = tools.findByIdOptional(command.toolId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.invalid("toolId", "names no AI tool"));
        DecisionPolicy policy = policies.current()
                .orElseThrow(() -> new IllegalStateException("No decision-rights policy is in force"));
        PolicyCell cell = policy.cellFor(command.decisionType(), tool.category);
        refuse(DecisionRights.mayRequest(cell.raci(), caller.roles()));
        refuse(ToolLifecycle.mayRequest(command.decisionType(), tool.status));
        if (decisions.hasOpen(tool.id)) {
            throw ProblemException.conflict("The tool already has an open decision request; decide it first");
        }
        List<UUID> goalIds = command.goalIds() == null
                ? List.of()
                : command.goalIds().stream().distinct().toList();
        List<UUID> missing = goals.missing(goalIds);
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("goalIds", "names goals that do not exist: " + missing);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Decision decision = new Decision();
        decision.toolId = tool.id;
        decision.decisionType = command.decisionType();
        decision.toolCategory = tool.category;
        decision.policyVersion = policy.version;
        decision.raci = new TreeMap<>(cell.raci());
        decision.accountableRole = cell.accountable();
        decision.businessCase = command.businessCase().trim();
        decision.goalIds = new ArrayList<>(goalIds);
        decision.scores = command.scores() == null ? new TreeMap<>() : new TreeMap<>(command.scores());
        decision.sellerRoles = command.sellerRoles() == null
                ? new ArrayList<>()
                : new ArrayList<>(new java.util.TreeSet<>(command.sellerRoles()));
        decision.requiredLevel =
                command.requiredLevel() == null ? Decision.DEFAULT_REQUIRED_LEVEL : command.requiredLevel();
        decision.readinessThreshold = cell.readinessThreshold();
        decision.requestedBy = caller.name();
        decision.requestedAt = now;
        decision.inputsDueAt = now.plus(Duration.ofDays(config.inputDueDays()));
        decision.decisionDueAt = now.plus(Duration.ofDays(config.decisionDueDays()));
        decision.status = DecisionStatus.OPEN;
        decision.createdAt = now;
        decision.updatedAt = now;
        decisions.persistAndFlush(decision);
        List<String> consulted = GovernanceEvents.rolesWith(decision, RaciLetter.C);
        if (!consulted.isEmpty()) {
            outbox.emit(
                    GovernanceEvents.CONSULTATION_REQUESTED,
                    GovernanceEvents.consultationRequested(decision, tool, consulted));
        }
        audit.record("DECISION_REQUESTED", ENTITY, decision.id, null, decision.snapshot());
        return DecisionView.of(decision, List.of(), tool.status);
    }

    /** Records a Consulted role's input: 403 for any other role, 409 once decided or given. */
    @Transactional
    public DecisionView giveInput(UUID id, GiveInput command) {
        Decision decision = locked(id);
        List<DecisionInput> given = new ArrayList<>(inputs.of(id));
        refuse(DecisionRights.mayGiveInput(
                decision.raci, caller.roles(), command.role(), decision.status, roles(given)));
        DecisionInput input = new DecisionInput();
        input.decisionId = id;
        input.role = command.role();
        input.stance = command.stance();
        input.comment = command.comment() == null ? null : command.comment().trim();
        input.givenBy = caller.name();
        input.givenAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        inputs.persistAndFlush(input);
        given.add(input);
        audit.record("DECISION_INPUT_GIVEN", ENTITY, id, null, input.snapshot());
        return DecisionView.of(decision, given, tools.findById(decision.toolId).status);
    }

    /**
     * Decides: only the Accountable role (403), once (409), after every Consulted input or with an
     * override reason (409). The tool's status moves as {@link ToolLifecycle} says; a {@code decision.made}
     * event naming the Informed roles (and a {@code tool.status_changed} when the status moved) goes to
     * the outbox in the same transaction.
     */
    @Transactional
    public DecisionView decide(UUID id, Decide command) {
        DecisionRepository.WithTool locked =
                decisions.lockWithTool(id).orElseThrow(() -> ProblemException.notFound("Decision", id));
        Decision decision = locked.decision();
        AiTool tool = locked.tool();
        List<DecisionInput> given = inputs.of(id);
        Set<String> gave = roles(given);
        refuse(DecisionRights.mayDecide(
                decision.raci, caller.roles(), decision.status, gave, command.overrideReason()));
        refuse(ToolLifecycle.mayApply(decision.decisionType, tool.status, tool.riskTier, command.outcome()));
        if (command.outcome() == Outcome.APPROVED && decision.readinessThreshold != null) {
            RolloutReadiness measured = measure(decision, tool);
            refuse(ReadinessGate.mayApprove(decision.readinessThreshold, measured));
            decision.readinessMeasured = measured.share();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> decisionBefore = decision.snapshot();
        Map<String, Object> toolBefore = tool.snapshot();
        ToolStatus previous = tool.status;
        ToolStatus next = ToolLifecycle.after(decision.decisionType, tool.status, command.outcome());
        decision.decide(
                command.outcome(),
                caller.name(),
                command.rationale() == null ? null : command.rationale().trim(),
                DecisionRights.missingInputs(decision.raci, gave),
                command.overrideReason() == null
                        ? null
                        : command.overrideReason().trim(),
                now);
        tool.decided(next, now);
        // both events in one statement; the two UPDATEs follow at commit (Hibernate's flush), in this transaction
        List<Outbox.Event> events = new ArrayList<>(2);
        events.add(new Outbox.Event(
                GovernanceEvents.DECISION_MADE,
                GovernanceEvents.decisionMade(decision, tool, GovernanceEvents.rolesWith(decision, RaciLetter.I))));
        if (next != previous) {
            events.add(new Outbox.Event(
                    GovernanceEvents.TOOL_STATUS_CHANGED,
                    GovernanceEvents.toolStatusChanged(tool, previous, decision)));
        }
        outbox.emitEach(events);
        audit.record(List.of(
                new AuditService.Change("DECISION_MADE", ENTITY, decision.id, decisionBefore, decision.snapshot()),
                new AuditService.Change(
                        "AI_TOOL_STATUS_CHANGED", AiToolService.ENTITY, tool.id, toolBefore, tool.snapshot())));
        return DecisionView.of(decision, given, next);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionView get(UUID id) {
        Decision decision = decisions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Decision", id));
        return DecisionView.of(decision, inputs.of(id), tools.findById(decision.toolId).status);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DecisionView> list(DecisionFilter filter, String after, int limit) {
        Page<Decision> page =
                Page.of(decisions.page(filter, Cursor.decode(after, filter), limit + 1), limit, d -> d.id, filter);
        Map<UUID, List<DecisionInput>> byDecision = inputs
                .of(page.items().stream().map(d -> d.id).toList())
                .stream()
                .collect(Collectors.groupingBy(input -> input.decisionId));
        Map<UUID, ToolStatus> statuses = new java.util.HashMap<>();
        return page.map(decision -> DecisionView.of(
                decision,
                byDecision.getOrDefault(decision.id, List.of()),
                statuses.computeIfAbsent(decision.toolId, toolId -> tools.findById(toolId).status)));
    }

    /**
     * How ready the sellers a pilot or rollout affects are on its tool's skills now, asked of skills-service (a
     * figure marked unavailable when it cannot be asked); 409 for other decision types.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReadinessView readiness(UUID id) {
        Decision decision = decisions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Decision", id));
        if (!ReadinessGate.appliesTo(decision.decisionType)) {
            throw ProblemException.conflict("Readiness is measured for APPROVE_PILOT and APPROVE_ROLLOUT requests;"
                    + " this one is " + decision.decisionType);
        }
        AiTool tool = tools.findById(decision.toolId);
        return new ReadinessView(decision, tool, measure(decision, tool));
    }

    /** A pilot or rollout request, its tool and the readiness measured now. */
    public record ReadinessView(Decision decision, AiTool tool, RolloutReadiness readiness) {}

    private RolloutReadiness measure(Decision decision, AiTool tool) {
        List<String> roles = decision.sellerRoles.stream().map(Enum::name).toList();
        if (tool.skillKeys.isEmpty()) {
            return new RolloutReadiness(true, null, List.of(), decision.requiredLevel, roles, 0, 0, null, List.of());
        }
        return skills.readiness(List.copyOf(tool.skillKeys), decision.requiredLevel, roles);
    }

    private Decision locked(UUID id) {
        return decisions
                .findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Decision", id));
    }

    private static Set<String> roles(List<DecisionInput> given) {
        return given.stream().map(input -> input.role).collect(Collectors.toSet());
    }

    private static void refuse(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new ProblemException(
                    r.kind() == Refusal.Kind.FORBIDDEN ? ProblemType.FORBIDDEN : ProblemType.CONFLICT, r.message());
        });
    }
}
