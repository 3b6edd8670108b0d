package io.revalign.skills.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.skills.domain.Seller;
import io.revalign.skills.domain.SellerFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The roster in PostgreSQL: by id, by externalId, and keyset pages in id (creation) order. */
@ApplicationScoped
public class SellerRepository implements PanacheRepositoryBase<Seller, UUID> {

    public Optional<Seller> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    public List<Seller> findByExternalIds(Collection<String> externalIds) {
        return externalIds.isEmpty() ? List.of() : list("externalId in ?1", externalIds);
    }

    /** Up to {@code limit} sellers after {@code after} (exclusive) in id order. */
    public List<Seller> page(SellerFilter filter, UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after)
                .equal("team", filter.team())
                .equal("role", filter.role())
                .equal("active", filter.active())
                .equal("managerExternalId", filter.managerExternalId());
        return find(query.query(), query.parameters()).page(0, limit).list();
    }
}
