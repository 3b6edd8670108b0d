package io.revalign.skills.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.domain.SkillCategory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Skills in PostgreSQL: by id, by key, and keyset pages in id (creation) order. */
@ApplicationScoped
public class SkillRepository implements PanacheRepositoryBase<Skill, UUID> {

    /** Filters of the skill list; null fields do not filter. */
    public record Filter(SkillCategory category, String key) {}

    public Optional<Skill> findByKey(String key) {
        return find("from Skill s where s.key = ?1", key).firstResultOptional();
    }

    /** Up to {@code limit} skills after {@code after} (exclusive) in id order, which is creation order. */
    public List<Skill> page(Filter filter, UUID after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (after != null) {
            where.add("s.id > :after");
            params.and("after", after);
        }
        if (filter.category() != null) {
            where.add("s.category = :category");
            params.and("category", filter.category());
        }
        if (filter.key() != null) {
            where.add("s.key = :key");
            params.and("key", filter.key());
        }
        String query =
                "from Skill s" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by s.id";
        return find(query, params).page(0, limit).list();
    }
}
