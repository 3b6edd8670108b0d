package io.revalign.governance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.governance.domain.GoalFilter;
import io.revalign.governance.domain.StrategicGoal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Strategic goals in PostgreSQL: by id and keyset pages in id (creation) order. */
@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<StrategicGoal, UUID> {

    /** Up to {@code limit} goals after {@code after} (exclusive) in id order, which is creation order. */
    public List<StrategicGoal> page(GoalFilter filter, UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after).equal("ownerRole", filter.ownerRole());
        return find(query.query(), query.parameters()).page(0, limit).list();
    }

    /** Those of {@code ids} that name no goal, in the order given. */
    public List<UUID> missing(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> found = getEntityManager()
                .createQuery("select g.id from StrategicGoal g where g.id in :ids", UUID.class)
                .setParameter("ids", ids)
                .getResultList();
        return ids.stream().filter(id -> !found.contains(id)).toList();
    }
}
