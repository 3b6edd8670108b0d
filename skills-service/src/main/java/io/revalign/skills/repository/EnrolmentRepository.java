package io.revalign.skills.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.skills.domain.Enrolment;
import io.revalign.skills.domain.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Enrolments in PostgreSQL. */
@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    /** The seller's ASSIGNED and IN_PROGRESS enrolments, locked for the plan that replaces them. */
    public List<Enrolment> lockOpen(UUID sellerId) {
        return find(
                        "sellerId = ?1 and status in ?2 order by id",
                        sellerId,
                        List.of(EnrolmentStatus.ASSIGNED, EnrolmentStatus.IN_PROGRESS))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public List<Enrolment> ofPlan(UUID planId) {
        return list("planId = ?1 order by position", planId);
    }

    public List<Enrolment> page(UUID sellerId, UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after).equal("sellerId", sellerId);
        return find(query.query(), query.parameters()).page(0, limit).list();
    }
}
