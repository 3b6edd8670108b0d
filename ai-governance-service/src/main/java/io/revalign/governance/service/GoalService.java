package io.revalign.governance.service;

import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.governance.domain.GoalFilter;
import io.revalign.governance.domain.StrategicGoal;
import io.revalign.governance.repository.GoalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Recording, updating and reading strategic goals; every change is an audit entry. */
@ApplicationScoped
public class GoalService {

    private final GoalRepository goals;
    private final AuditService audit;

    public GoalService(GoalRepository goals, AuditService audit) {
        this.goals = goals;
        this.audit = audit;
    }

    @Transactional
    public StrategicGoal create(CreateGoal command) {
        StrategicGoal goal = new StrategicGoal();
        goal.title = command.title().trim();
        goal.metric = command.metric().trim();
        goal.target = command.target().trim();
        goal.period = command.period();
        goal.ownerRole = command.ownerRole();
        goal.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        goal.updatedAt = goal.createdAt;
        goals.persistAndFlush(goal);
        audit.record("GOAL_CREATED", "GOAL", goal.id, null, goal.snapshot());
        return goal;
    }

    /** Replaces a goal's fields under If-Match (428 without it, 412 when stale). */
    @Transactional
    public StrategicGoal update(UUID id, String ifMatch, UpdateGoal command) {
        StrategicGoal goal = goals.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Goal", id));
        IfMatch.of(ifMatch).check(goal.version);
        var before = goal.snapshot();
        goal.update(
                command.title().trim(),
                command.metric().trim(),
                command.target().trim(),
                command.period(),
                command.ownerRole(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        goals.flush();
        audit.record("GOAL_UPDATED", "GOAL", goal.id, before, goal.snapshot());
        return goal;
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public StrategicGoal get(UUID id) {
        return goals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Goal", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Page<StrategicGoal> list(GoalFilter filter, String after, int limit) {
        return Page.of(goals.page(filter, Cursor.decode(after, filter), limit + 1), limit, goal -> goal.id, filter);
    }
}
