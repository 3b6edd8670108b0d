package io.revalign.governance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.governance.domain.DecisionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Versions of the decision-rights policy. */
@ApplicationScoped
public class PolicyRepository implements PanacheRepositoryBase<DecisionPolicy, UUID> {

    /** The version in force: the highest. */
    public Optional<DecisionPolicy> current() {
        return find("order by version desc").firstResultOptional();
    }

    public Optional<DecisionPolicy> byVersion(int version) {
        return find("version", version).firstResultOptional();
    }

    /**
     * Makes concurrent new versions wait for each other until the transaction ends, so each reads
     * the highest version committed before it and the next number is never taken twice.
     */
    public void lockVersions() {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('governance.decision_policy'))")
                .getSingleResult();
    }

    /** Up to {@code limit} versions after {@code after} in id (creation) order. */
    public List<DecisionPolicy> page(UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after);
        return find(query.query(), query.parameters()).page(0, limit).list();
    }
}
