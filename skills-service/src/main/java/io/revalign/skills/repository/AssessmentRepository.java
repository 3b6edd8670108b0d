package io.revalign.skills.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.skills.domain.Assessment;
import io.revalign.skills.domain.AssessmentSource;
import io.revalign.skills.domain.AssessmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/** Assessments in PostgreSQL; the insert recognises a fact recorded before (same seller, skill, source, instant). */
@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** Inserts the assessment unless the same fact exists; the new id, or empty when it existed. */
    public Optional<UUID> insertNew(Assessment a) {
        UUID id = UuidVersion7Strategy.INSTANCE.generateUuid(null);
        EntityManager em = getEntityManager();
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "INSERT INTO assessment (id, seller_id, skill_id, level, source, status, evidence, assessor,"
                                + " assessed_at, recorded_at, enrolment_id, version)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0)"
                                + " ON CONFLICT ON CONSTRAINT assessment_fact_key DO NOTHING RETURNING id",
                        UUID.class)
                .setParameter(1, id)
                .setParameter(2, a.sellerId)
                .setParameter(3, a.skillId)
                .setParameter(4, a.level)
                .setParameter(5, a.source.name())
                .setParameter(6, a.status.name())
                .setParameter(7, a.evidence)
                .setParameter(8, a.assessor)
                .setParameter(9, Timestamp.from(a.assessedAt))
                .setParameter(10, Timestamp.from(a.recordedAt))
                .setParameter(11, a.enrolmentId)
                .getResultList();
        return ids.stream().findFirst();
    }

    public Optional<Assessment> findFact(UUID sellerId, UUID skillId, AssessmentSource source, Instant assessedAt) {
        return find(
                        "sellerId = ?1 and skillId = ?2 and source = ?3 and assessedAt = ?4",
                        sellerId,
                        skillId,
                        source,
                        assessedAt)
                .firstResultOptional();
    }

    /** One confirmed assessment as the precedence rule reads it. */
    public record Confirmed(UUID skillId, short level, AssessmentSource source, Instant assessedAt) {}

    /** The confirmed assessments of one seller, every skill, read-only: what the precedence rule picks from. */
    public List<Confirmed> confirmedOf(UUID sellerId) {
        return getEntityManager()
                .createQuery(
                        "select a.skillId, a.level, a.source, a.assessedAt from Assessment a"
                                + " where a.sellerId = ?1 and a.status = ?2",
                        Object[].class)
                .setParameter(1, sellerId)
                .setParameter(2, AssessmentStatus.CONFIRMED)
                .getResultList()
                .stream()
                .map(r -> new Confirmed((UUID) r[0], (Short) r[1], (AssessmentSource) r[2], (Instant) r[3]))
                .toList();
    }

    /** Up to {@code limit} assessments of a seller after {@code after} in id (recording) order. */
    public List<Assessment> page(UUID sellerId, UUID skillId, UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after).equal("sellerId", sellerId).equal("skillId", skillId);
        return find(query.query(), query.parameters()).page(0, limit).list();
    }
}
