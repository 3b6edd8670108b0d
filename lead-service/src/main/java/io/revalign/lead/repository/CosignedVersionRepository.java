package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.qualification.CosignedApproval;
import io.revalign.lead.domain.qualification.CosignedStep;
import io.revalign.lead.domain.qualification.CosignedVersion;
import io.revalign.lead.domain.qualification.SignOffStatus;
import io.revalign.lead.domain.qualification.VersionKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Co-signed versions with their approvals and steps; per-kind locks for numbering and activation. */
@ApplicationScoped
public class CosignedVersionRepository implements PanacheRepositoryBase<CosignedVersion, UUID> {

    /** The first key of the two-key advisory locks, so these locks never meet another feature's. */
    private static final int LOCK_SPACE = 0x9a11;

    /** Holds, until the transaction ends, the lock that serialises numbering and activation of one kind. */
    public void lockKind(VersionKind kind) {
        getEntityManager()
                .createNativeQuery("SELECT count(pg_advisory_xact_lock(?1, ?2))")
                .setParameter(1, LOCK_SPACE)
                .setParameter(2, kind.ordinal())
                .getSingleResult();
    }

    public Optional<CosignedVersion> findOfKind(VersionKind kind, UUID id) {
        return find("kind = ?1 and id = ?2", kind, id).firstResultOptional();
    }

    /** The version locked for update, when it is of this kind. */
    public Optional<CosignedVersion> lockOfKind(VersionKind kind, UUID id) {
        return find("kind = ?1 and id = ?2", kind, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public Optional<CosignedVersion> active(VersionKind kind) {
        return find("kind = ?1 and status = ?2", kind, SignOffStatus.ACTIVE).firstResultOptional();
    }

    public int nextNumber(VersionKind kind) {
        Integer max = getEntityManager()
                .createQuery("select max(number) from CosignedVersion where kind = :kind", Integer.class)
                .setParameter("kind", kind)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Up to {@code limit} versions of a kind after {@code after} (exclusive), newest number first. */
    public List<CosignedVersion> page(VersionKind kind, SignOffStatus status, Integer beforeNumber, int limit) {
        StringBuilder query = new StringBuilder("kind = :kind");
        var parameters = new java.util.HashMap<String, Object>();
        parameters.put("kind", kind);
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        if (beforeNumber != null) {
            query.append(" and number < :before");
            parameters.put("before", beforeNumber);
        }
        return find(query.append(" order by number desc").toString(), parameters)
                .page(0, limit)
                .list();
    }

    public void persistApproval(CosignedApproval approval) {
        getEntityManager().persist(approval);
    }

    public void persistStep(CosignedStep step) {
        getEntityManager().persist(step);
    }

    /** The approvals of one revision, in the order they were given. */
    public List<CosignedApproval> approvals(UUID versionId, long revision) {
        return getEntityManager()
                .createQuery(
                        "from CosignedApproval where versionId = :id and revision = :revision order by approvedAt, id",
                        CosignedApproval.class)
                .setParameter("id", versionId)
                .setParameter("revision", revision)
                .getResultList();
    }

    /** Every step of a version, oldest first. */
    public List<CosignedStep> steps(UUID versionId) {
        return getEntityManager()
                .createQuery("from CosignedStep where versionId = :id order by at, id", CosignedStep.class)
                .setParameter("id", versionId)
                .getResultList();
    }
}
