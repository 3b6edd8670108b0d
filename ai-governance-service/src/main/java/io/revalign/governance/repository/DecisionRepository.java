package io.revalign.governance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.governance.domain.AiTool;
import io.revalign.governance.domain.Decision;
import io.revalign.governance.domain.DecisionFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Decision requests and decisions. */
@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    /** Up to {@code limit} decisions after {@code after} in id (request) order. */
    public List<Decision> page(DecisionFilter filter, UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after)
                .equal("toolId", filter.toolId())
                .equal("status", filter.status())
                .equal("decisionType", filter.decisionType());
        return find(query.query(), query.parameters()).page(0, limit).list();
    }

    /** Whether the tool has an open decision request. */
    public boolean hasOpen(UUID toolId) {
        return count("toolId = ?1 and status = io.revalign.governance.domain.DecisionStatus.OPEN", toolId) > 0;
    }

    /** A decision and its tool. */
    public record WithTool(Decision decision, AiTool tool) {}

    /**
     * The decision and its tool, both rows locked until the transaction ends, in one statement (a decision
     * locks its tool; no path locks a tool and then its decision, so this order cannot deadlock); empty when
     * no decision has this id.
     */
    public Optional<WithTool> lockWithTool(UUID id) {
        return getEntityManager()
                .createQuery(
                        "select d, t from Decision d join AiTool t on t.id = d.toolId where d.id = :id", Object[].class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(row -> new WithTool((Decision) row[0], (AiTool) row[1]));
    }
}
