package io.revalign.skills.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.skills.domain.Enrolment;
import io.revalign.skills.domain.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

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

    /** An open enrolment past its due date, as the overdue job announces it. */
    public record Overdue(
            UUID enrolmentId,
            UUID planId,
            UUID sellerId,
            String sellerExternalId,
            String team,
            UUID moduleId,
            String moduleTitle,
            String status,
            int progress,
            LocalDate dueOn,
            Instant announcedAt) {}

    private static final String CLAIM_OVERDUE =
            """
            WITH due AS (
                SELECT id FROM enrolment
                WHERE status IN ('ASSIGNED', 'IN_PROGRESS') AND overdue_announced_at IS NULL AND due_on < ?
                ORDER BY due_on, id LIMIT ? FOR UPDATE SKIP LOCKED),
            marked AS (
                UPDATE enrolment e SET overdue_announced_at = ? FROM due WHERE e.id = due.id
                RETURNING e.id, e.plan_id, e.seller_id, e.module_id, e.status, e.progress, e.due_on,
                          e.overdue_announced_at)
            SELECT m.id, m.plan_id, m.seller_id, s.external_id, s.team, m.module_id, l.title, m.status, m.progress,
                   m.due_on, m.overdue_announced_at
            FROM marked m JOIN seller s ON s.id = m.seller_id JOIN learning_module l ON l.id = m.module_id
            ORDER BY m.due_on, m.id""";

    /**
     * Claims up to {@code limit} open enrolments due before {@code today} that were not announced yet (skipping
     * those another transaction holds) and marks them announced at {@code now}, in the caller's transaction.
     */
    public List<Overdue> claimOverdue(LocalDate today, Instant now, int limit) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            List<Overdue> claimed = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(CLAIM_OVERDUE)) {
                statement.setDate(1, Date.valueOf(today));
                statement.setInt(2, limit);
                statement.setTimestamp(3, Timestamp.from(now));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new Overdue(
                                rows.getObject(1, UUID.class),
                                rows.getObject(2, UUID.class),
                                rows.getObject(3, UUID.class),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getObject(6, UUID.class),
                                rows.getString(7),
                                rows.getString(8),
                                rows.getInt(9),
                                rows.getObject(10, LocalDate.class),
                                rows.getTimestamp(11).toInstant()));
                    }
                }
            }
            return claimed;
        });
    }

    public List<Enrolment> ofPlan(UUID planId) {
        return list("planId = ?1 order by position", planId);
    }

    public List<Enrolment> page(UUID sellerId, UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after).equal("sellerId", sellerId);
        return find(query.query(), query.parameters()).page(0, limit).list();
    }
}
