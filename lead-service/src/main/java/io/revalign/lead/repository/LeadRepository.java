package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadFilter;
import io.revalign.lead.domain.LeadSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Leads in PostgreSQL: by id, by CRM reference, and keyset pages in id (creation) order. */
@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    public Optional<Lead> findByExternalReference(LeadSource source, String externalId) {
        return find("source = ?1 and externalId = ?2", source, externalId).firstResultOptional();
    }

    /** The lead with this id, locked for update until the transaction ends. */
    public Optional<Lead> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The leads with these references (one source), locked for update, in reference order. */
    public List<Lead> lockByExternalIds(LeadSource source, Collection<String> externalIds) {
        return find("source = ?1 and externalId in ?2 order by externalId", source, externalIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** Up to {@code limit} leads after {@code after} (exclusive) in id order, which is creation order. */
    public List<Lead> page(LeadFilter filter, UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after)
                .equal("source", filter.source())
                .equal("externalId", filter.externalId())
                .equalIgnoringCase("email", filter.email())
                .equal("lifecycleStage", filter.stage())
                .atLeast("updatedAt", filter.updatedSince())
                .startsWithIgnoringCase("q", filter.prefix(), "email", "company");
        return find(query.query(), query.parameters()).page(0, limit).list();
    }
}
