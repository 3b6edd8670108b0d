package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.Activity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** Activities in PostgreSQL: set-based inserts that skip known external events, newest-first pages. */
@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    private final EntityManager entityManager;

    public ActivityRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts {@code activities} in one statement; returns the ids of those that were new. */
    public Set<UUID> insertNew(List<Activity> activities) {
        if (activities.isEmpty()) {
            return Set.of();
        }
        String sql = "INSERT INTO activity (id, lead_id, type, occurred_at, external_event_id, recorded_at) VALUES "
                + String.join(", ", Collections.nCopies(activities.size(), "(?, ?, ?, ?, ?, ?)"))
                + " ON CONFLICT (lead_id, external_event_id) DO NOTHING RETURNING id";
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> inserted = new HashSet<>();
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int p = 1;
                for (Activity activity : activities) {
                    insert.setObject(p++, activity.id);
                    insert.setObject(p++, activity.leadId);
                    insert.setString(p++, activity.type.name());
                    insert.setTimestamp(p++, Timestamp.from(activity.occurredAt));
                    insert.setString(p++, activity.externalEventId);
                    insert.setTimestamp(p++, Timestamp.from(activity.recordedAt));
                }
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return inserted;
        });
    }

    /** The activities already recorded for any of these external events on any of these leads. */
    public List<Activity> findByExternalEvents(Collection<UUID> leadIds, Collection<String> externalEventIds) {
        if (leadIds.isEmpty() || externalEventIds.isEmpty()) {
            return List.of();
        }
        return list("leadId in ?1 and externalEventId in ?2", leadIds, externalEventIds);
    }

    /** The lead's activity with this id, if it is one of that lead's. */
    public Optional<Activity> findOnLead(UUID leadId, UUID id) {
        return find("leadId = ?1 and id = ?2", leadId, id).firstResultOptional();
    }

    /** Up to {@code limit} of the lead's activities, newest first, after {@code after} (exclusive). */
    public List<Activity> newestFirst(UUID leadId, Activity after, int limit) {
        if (after == null) {
            return find("leadId = ?1 order by occurredAt desc, id desc", leadId)
                    .page(0, limit)
                    .list();
        }
        return find(
                        "leadId = ?1 and (occurredAt < ?2 or (occurredAt = ?2 and id < ?3))"
                                + " order by occurredAt desc, id desc",
                        leadId,
                        after.occurredAt,
                        after.id)
                .page(0, limit)
                .list();
    }
}
