package io.revalign.skills.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.domain.SkillFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Skills in PostgreSQL: by id, by key, and keyset pages in id (creation) order. */
@ApplicationScoped
public class SkillRepository implements PanacheRepositoryBase<Skill, UUID> {

    public Optional<Skill> findByKey(String key) {
        return find("from Skill s where s.key = ?1", key).firstResultOptional();
    }

    /** The skills with these keys, retired or not. */
    public List<Skill> findByKeys(Collection<String> keys) {
        return keys.isEmpty() ? List.of() : list("key in ?1", keys);
    }

    /** The skills with these ids. */
    public List<Skill> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Up to {@code limit} skills after {@code after} (exclusive) in id order, which is creation order. */
    public List<Skill> page(SkillFilter filter, UUID after, int limit) {
        KeysetQuery query =
                KeysetQuery.after(after).equal("category", filter.category()).equal("key", filter.key());
        String hql = query.query();
        if (filter.retired() != null) {
            String condition = filter.retired() ? "retiredAt is not null" : "retiredAt is null";
            hql = hql.startsWith("order by") ? condition + " " + hql : condition + " and " + hql;
        }
        return find(hql, query.parameters()).page(0, limit).list();
    }
}
