package io.revalign.governance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.governance.domain.DecisionInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The inputs of Consulted roles. */
@ApplicationScoped
public class DecisionInputRepository implements PanacheRepositoryBase<DecisionInput, UUID> {

    /** The inputs on a decision, in the order they were given. */
    public List<DecisionInput> of(UUID decisionId) {
        return list("decisionId = ?1 order by id", decisionId);
    }

    /** The inputs on several decisions, for a page. */
    public List<DecisionInput> of(Collection<UUID> decisionIds) {
        return decisionIds.isEmpty() ? List.of() : list("decisionId in ?1 order by id", decisionIds);
    }
}
