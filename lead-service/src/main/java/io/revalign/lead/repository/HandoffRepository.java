package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.handoff.Handoff;
import io.revalign.lead.domain.handoff.HandoffFilter;
import io.revalign.lead.domain.handoff.HandoffState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** Hand-offs: opened in bulk as leads reach MQL, locked one at a time when sales answers, listed in keyset pages. */
@ApplicationScoped
public class HandoffRepository implements PanacheRepositoryBase<Handoff, UUID> {

    /**
     * A keyset page in id (opening) order. Breached: the first touch came after the deadline, or has not
     * come and the deadline has passed at {@code now}.
     */
    public List<Handoff> page(HandoffFilter filter, UUID after, int limit, Instant now) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (after != null) {
            conditions.add("id > :after");
            parameters.put("after", after);
        }
        if (filter.state() != null) {
            conditions.add("state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.leadId() != null) {
            conditions.add("leadId = :leadId");
            parameters.put("leadId", filter.leadId());
        }
        if (filter.breached() != null) {
            String breached = "((firstTouchAt is null and state = :open and dueAt < :now) or firstTouchAt > dueAt)";
            conditions.add(filter.breached() ? breached : "not " + breached);
            parameters.put("open", HandoffState.OPEN);
            parameters.put("now", now);
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by id";
        return find(query, parameters).page(0, limit).list();
    }

    /** The lead a hand-off is about, read without a lock (to lock the lead first). */
    public Optional<UUID> leadOf(UUID id) {
        return getEntityManager()
                .createQuery("select h.leadId from Handoff h where h.id = :id", UUID.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** The hand-off read afresh and locked until the transaction ends. */
    public Optional<Handoff> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The lead's open hand-off, if any. */
    public Optional<Handoff> openOf(UUID leadId) {
        return find("leadId = ?1 and state = ?2", leadId, HandoffState.OPEN).firstResultOptional();
    }

    /** A lead's hand-offs, oldest first. */
    public List<Handoff> ofLead(UUID leadId) {
        return list("leadId = ?1 order by openedAt, id", leadId);
    }

    /** The most recent answered hand-off of a lead, if any. */
    public Optional<Handoff> lastAnsweredOf(UUID leadId) {
        return find("leadId = ?1 and state <> ?2 order by actedAt desc, id desc", leadId, HandoffState.OPEN)
                .firstResultOptional();
    }

    /**
     * Opens a hand-off for each of {@code leadIds} that has none open, in one statement: marketing's
     * verdict and definition version from the lead's current qualification (UNSCORED without one), due
     * after its segment's first-touch hours. Returns the ids of the hand-offs opened, by lead.
     */
    public Map<UUID, UUID> openAll(List<UUID> ids, List<UUID> leadIds, Instant at) {
        if (leadIds.isEmpty()) {
            return Map.of();
        }
        String sql = "INSERT INTO handoff (id, lead_id, state, pulled, segment, marketing_verdict, definition_version,"
                + " opened_at, due_at, version)"
                + " SELECT u.id, l.id, 'OPEN', false, s.segment, coalesce(q.verdict, 'UNSCORED'), q.definition_version,"
                + " ?, ?::timestamptz + s.first_touch_hours * interval '1 hour', 0"
                + " FROM unnest(?::uuid[], ?::uuid[]) AS u(id, lead_id)"
                + " JOIN lead l ON l.id = u.lead_id"
                + " JOIN handoff_sla s ON s.segment = lead_segment(l.company_size)"
                + " LEFT JOIN lead_qualification q ON q.lead_id = l.id"
                + " ON CONFLICT (lead_id) WHERE state = 'OPEN' DO NOTHING RETURNING lead_id, id";
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Map<UUID, UUID> opened = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setTimestamp(1, Timestamp.from(at));
                statement.setTimestamp(2, Timestamp.from(at));
                statement.setArray(3, connection.createArrayOf("uuid", ids.toArray()));
                statement.setArray(4, connection.createArrayOf("uuid", leadIds.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        opened.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
                    }
                }
            }
            return opened;
        });
    }
}
