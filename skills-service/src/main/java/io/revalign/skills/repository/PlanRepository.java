package io.revalign.skills.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.skills.domain.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Plans in PostgreSQL. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** Marks the seller's current plans superseded at {@code now}. */
    public void supersede(UUID sellerId, UUID except, Instant now) {
        update("supersededAt = ?1 where sellerId = ?2 and supersededAt is null and id <> ?3", now, sellerId, except);
    }
}
