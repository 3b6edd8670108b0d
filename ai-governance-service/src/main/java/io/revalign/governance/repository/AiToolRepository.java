package io.revalign.governance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.governance.domain.AiTool;
import io.revalign.governance.domain.ToolCategory;
import io.revalign.governance.domain.ToolStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** AI tools in PostgreSQL: by id, by vendor and name, and keyset pages in id (creation) order. */
@ApplicationScoped
public class AiToolRepository implements PanacheRepositoryBase<AiTool, UUID> {

    /** Filters of the tool list; null fields do not filter. */
    public record Filter(ToolCategory category, ToolStatus status, String vendor) {}

    /** The tool with this vendor and name, ignoring letter case. */
    public Optional<AiTool> findByVendorAndName(String vendor, String name) {
        return find("lower(vendor) = lower(?1) and lower(name) = lower(?2)", vendor, name)
                .firstResultOptional();
    }

    /** Up to {@code limit} tools after {@code after} (exclusive) in id order, which is creation order. */
    public List<AiTool> page(Filter filter, UUID after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (after != null) {
            where.add("id > :after");
            params.put("after", after);
        }
        if (filter.category() != null) {
            where.add("category = :category");
            params.put("category", filter.category());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.vendor() != null) {
            where.add("lower(vendor) = lower(:vendor)");
            params.put("vendor", filter.vendor());
        }
        String query = where.isEmpty() ? "order by id" : String.join(" and ", where) + " order by id";
        return find(query, params).page(0, limit).list();
    }
}
