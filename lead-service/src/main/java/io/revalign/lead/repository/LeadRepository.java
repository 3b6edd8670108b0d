package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Leads in PostgreSQL: by id, by CRM reference, and keyset pages in id (creation) order. */
@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    /** Filters of the lead list; null fields do not filter. */
    public record Filter(LeadSource source, String externalId, String email) {}

    public Optional<Lead> findByExternalReference(LeadSource source, String externalId) {
        return find("source = ?1 and externalId = ?2", source, externalId).firstResultOptional();
    }

    /** Up to {@code limit} leads after {@code after} (exclusive) in id order, which is creation order. */
    public List<Lead> page(Filter filter, UUID after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (after != null) {
            where.add("id > :after");
            params.put("after", after);
        }
        if (filter.source() != null) {
            where.add("source = :source");
            params.put("source", filter.source());
        }
        if (filter.externalId() != null) {
            where.add("externalId = :externalId");
            params.put("externalId", filter.externalId());
        }
        if (filter.email() != null) {
            where.add("lower(email) = lower(:email)");
            params.put("email", filter.email());
        }
        String query = where.isEmpty() ? "order by id" : String.join(" and ", where) + " order by id";
        return find(query, params).page(0, limit).list();
    }
}
