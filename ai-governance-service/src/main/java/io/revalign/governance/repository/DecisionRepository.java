package io.revalign.governance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.governance.domain.Decision;
import io.revalign.governance.domain.DecisionFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
}
