package io.revalign.skills.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.skills.domain.LearningModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The learning catalogue in PostgreSQL. */
@ApplicationScoped
public class LearningModuleRepository implements PanacheRepositoryBase<LearningModule, UUID> {

    /** Every module that raises one of these skills, with its skills: what the plan builder chooses from. */
    public List<LearningModule> raising(java.util.Collection<UUID> skillIds) {
        if (skillIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select distinct m from LearningModule m left join fetch m.raises where m.id in"
                                + " (select n.id from LearningModule n join n.raises r where key(r) in :skills)",
                        LearningModule.class)
                .setParameter("skills", skillIds)
                .getResultList();
    }

    public List<LearningModule> page(UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after);
        return find(query.query(), query.parameters()).page(0, limit).list();
    }
}
