package io.revalign.governance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.governance.domain.AiTool;
import io.revalign.governance.domain.AiToolFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** AI tools in PostgreSQL: by id, by vendor and name, and keyset pages in id (creation) order. */
@ApplicationScoped
public class AiToolRepository implements PanacheRepositoryBase<AiTool, UUID> {

    /** The tool with this vendor and name, ignoring letter case. */
    public Optional<AiTool> findByVendorAndName(String vendor, String name) {
        return find("lower(vendor) = lower(?1) and lower(name) = lower(?2)", vendor, name)
                .firstResultOptional();
    }

    /** Up to {@code limit} tools after {@code after} (exclusive) in id order, which is creation order. */
    public List<AiTool> page(AiToolFilter filter, UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after)
                .equal("category", filter.category())
                .equal("status", filter.status())
                .equalIgnoringCase("vendor", filter.vendor());
        return find(query.query(), query.parameters()).page(0, limit).list();
    }
}
