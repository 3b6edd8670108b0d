package io.revalign.governance.service;

import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.governance.domain.DecisionPolicy;
import io.revalign.governance.domain.DecisionRightsPolicy;
import io.revalign.governance.domain.PolicyCell;
import io.revalign.governance.repository.PolicyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Versions of the decision-rights policy: a valid new version supersedes the one in force. */
@ApplicationScoped
public class PolicyService {

    static final String ENTITY = "DECISION_POLICY";

    private final PolicyRepository policies;
    private final AuditService audit;
    private final Caller caller;

    public PolicyService(PolicyRepository policies, AuditService audit, Caller caller) {
        this.policies = policies;
        this.audit = audit;
        this.caller = caller;
    }

    /** Checks the cells (400 naming every broken rule) and records them as the next version. */
    @Transactional
    public DecisionPolicy create(String note, List<PolicyCell> cells) {
        List<DecisionRightsPolicy.Violation> violations = DecisionRightsPolicy.violations(cells);
        if (!violations.isEmpty()) {
            // One field error that lists every broken rule (common's problem carries one per exception).
            String all = violations.stream()
                    .map(v -> v.field() + " " + v.message())
                    .collect(java.util.stream.Collectors.joining("; "));
            throw ProblemException.invalid(violations.get(0).field(), all);
        }
        policies.lockVersions();
        DecisionPolicy policy = new DecisionPolicy();
        policy.version = policies.current().map(p -> p.version).orElse(0) + 1;
        policy.note = note;
        policy.cells = new ArrayList<>(cells);
        policy.createdBy = caller.name();
        policy.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        policies.persistAndFlush(policy);
        audit.record("DECISION_POLICY_CREATED", ENTITY, policy.id, null, policy.snapshot());
        return policy;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionPolicy current() {
        return policies.current().orElseThrow(() -> ProblemException.notFound("Decision-rights policy", "in force"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionPolicy byVersion(int version) {
        return policies.byVersion(version)
                .orElseThrow(() -> ProblemException.notFound("Decision-rights policy version", version));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DecisionPolicy> list(String after, int limit) {
        String list = "decision-rights";
        return Page.of(policies.page(Cursor.decode(after, list), limit + 1), limit, p -> p.id, list);
    }
}
