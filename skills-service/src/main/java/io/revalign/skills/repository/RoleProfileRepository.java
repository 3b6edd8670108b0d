package io.revalign.skills.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.skills.domain.RoleProfile;
import io.revalign.skills.domain.RoleProfileFilter;
import io.revalign.skills.domain.SellerRole;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Role profile versions in PostgreSQL; the current profile of a role is its highest version. */
@ApplicationScoped
public class RoleProfileRepository implements PanacheRepositoryBase<RoleProfile, UUID> {

    /** Serialises new versions of one role until the transaction ends, so two writers never take one number. */
    public void lockRole(SellerRole role) {
        getEntityManager()
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('role_profile:' || ?1))) l")
                .setParameter(1, role.name())
                .getSingleResult();
    }

    public int latestVersion(SellerRole role) {
        Integer latest = getEntityManager()
                .createQuery("select max(p.version) from RoleProfile p where p.role = ?1", Integer.class)
                .setParameter(1, role)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    public Optional<RoleProfile> current(SellerRole role) {
        return find("role = ?1 order by version desc", role).firstResultOptional();
    }

    /** The role's profile version current at {@code at}: the highest one written at or before it. */
    public Optional<RoleProfile> currentAt(SellerRole role, java.time.Instant at) {
        return find("role = ?1 and createdAt <= ?2 order by version desc", role, at)
                .firstResultOptional();
    }

    /** Up to {@code limit} profile versions after {@code after} in id (creation) order. */
    public List<RoleProfile> page(RoleProfileFilter filter, UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after).equal("role", filter.role());
        String hql = query.query();
        if (filter.current() != null) {
            String latest = "p.version = (select max(q.version) from RoleProfile q where q.role = p.role)";
            String condition = filter.current() ? latest : "not (" + latest + ")";
            hql = hql.startsWith("order by") ? condition + " " + hql : condition + " and " + hql;
        }
        return find(
                        "from RoleProfile p where " + (hql.startsWith("order by") ? "1 = 1 " + hql : hql),
                        query.parameters())
                .page(0, limit)
                .list();
    }

    /** Whether {@code decisionId} has already written a version of the role's profile. */
    public boolean writtenBy(UUID decisionId, SellerRole role) {
        return count("decisionId = ?1 and role = ?2", decisionId, role) > 0;
    }
}
