package io.revalign.lead.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.lead.domain.hubspot.HubSpotEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * The HubSpot inbox in PostgreSQL: events stored once per eventId, claimed in batches with
 * {@code FOR UPDATE SKIP LOCKED} so several replicas share the work, and the properties collected
 * per contact (each with the time of its change, newest wins).
 */
@ApplicationScoped
public class HubSpotInbox {

    /** The first key of the two-key advisory locks on contacts, apart from other features' locks. */
    private static final int LOCK_SPACE = 0x4b5;

    private static final TypeReference<Map<String, Stamped>> PROPERTIES = new TypeReference<>() {};

    /** A property value and when HubSpot says it changed (epoch milliseconds). */
    public record Stamped(String value, long at) {}

    /** One claimed event and the outcome to record for it. */
    public record Outcome(long eventId, String outcome, String detail) {}

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public HubSpotInbox(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** Stores the events not stored before; returns how many were new. */
    public int store(List<HubSpotEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        return session().doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO hubspot_event (event_id, object_id, subscription_type, property_name, property_value,"
                            + " occurred_at) SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[],"
                            + " ?::text[], ?::timestamptz[]) ON CONFLICT (event_id) DO NOTHING")) {
                insert.setArray(1, connection.createArrayOf("bigint", column(events, HubSpotEvent::eventId)));
                insert.setArray(2, connection.createArrayOf("bigint", column(events, HubSpotEvent::objectId)));
                insert.setArray(3, connection.createArrayOf("text", column(events, HubSpotEvent::subscriptionType)));
                insert.setArray(4, connection.createArrayOf("text", column(events, HubSpotEvent::propertyName)));
                insert.setArray(5, connection.createArrayOf("text", column(events, HubSpotEvent::propertyValue)));
                insert.setArray(
                        6,
                        connection.createArrayOf("timestamptz", column(events, e -> Timestamp.from(e.occurredAt()))));
                return insert.executeUpdate();
            }
        });
    }

    /** Up to {@code limit} unprocessed events, oldest first, locked; events other replicas hold are skipped. */
    public List<HubSpotEvent> claim(int limit) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT event_id, object_id, subscription_type, property_name, property_value, occurred_at"
                            + " FROM hubspot_event WHERE processed_at IS NULL ORDER BY occurred_at, event_id"
                            + " LIMIT ? FOR UPDATE SKIP LOCKED")) {
                select.setInt(1, limit);
                List<HubSpotEvent> events = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new HubSpotEvent(
                                rows.getLong(1),
                                rows.getLong(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getTimestamp(6).toInstant()));
                    }
                }
                return events;
            }
        });
    }

    /**
     * The properties collected for these contacts, after taking (until the transaction ends) a lock on
     * each contact in sorted order, so two replicas never merge into one contact at once.
     */
    public Map<Long, Map<String, Stamped>> lockContacts(Collection<Long> objectIds) {
        TreeSet<Long> sorted = new TreeSet<>(objectIds);
        return session().doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT count(pg_advisory_xact_lock(?, hashtext(k::text))) FROM (SELECT k FROM unnest(?::bigint[]) k"
                            + " ORDER BY k) s")) {
                lock.setInt(1, LOCK_SPACE);
                lock.setArray(2, connection.createArrayOf("bigint", sorted.toArray()));
                lock.executeQuery().close();
            }
            return properties(connection, sorted);
        });
    }

    private Map<Long, Map<String, Stamped>> properties(Connection connection, Collection<Long> objectIds)
            throws SQLException {
        Map<Long, Map<String, Stamped>> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT object_id, properties::text FROM hubspot_contact WHERE object_id = ANY(?::bigint[])")) {
            select.setArray(1, connection.createArrayOf("bigint", objectIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getLong(1), new HashMap<>(read(rows.getString(2))));
                }
            }
        }
        return found;
    }

    /** Saves the contacts' collected properties. */
    public void saveContacts(Map<Long, Map<String, Stamped>> contacts, Instant now) {
        if (contacts.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(contacts.keySet());
        List<String> json = ids.stream().map(id -> write(contacts.get(id))).toList();
        session().doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO hubspot_contact (object_id, properties, updated_at) SELECT k, p::jsonb, ?"
                            + " FROM unnest(?::bigint[], ?::text[]) AS c(k, p) ON CONFLICT (object_id)"
                            + " DO UPDATE SET properties = excluded.properties, updated_at = excluded.updated_at")) {
                upsert.setTimestamp(1, Timestamp.from(now));
                upsert.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                upsert.setArray(3, connection.createArrayOf("text", json.toArray()));
                upsert.executeUpdate();
            }
        });
    }

    /** Marks claimed events processed, with what became of each. */
    public void finish(List<Outcome> outcomes, Instant now) {
        if (outcomes.isEmpty()) {
            return;
        }
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE hubspot_event e SET processed_at = ?, outcome = o.outcome, detail = o.detail"
                            + " FROM unnest(?::bigint[], ?::text[], ?::text[]) AS o(event_id, outcome, detail)"
                            + " WHERE e.event_id = o.event_id")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setArray(2, connection.createArrayOf("bigint", column(outcomes, Outcome::eventId)));
                update.setArray(3, connection.createArrayOf("text", column(outcomes, Outcome::outcome)));
                update.setArray(4, connection.createArrayOf("text", column(outcomes, Outcome::detail)));
                update.executeUpdate();
            }
        });
    }

    private Map<String, Stamped> read(String json) {
        try {
            return mapper.readValue(json, PROPERTIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("hubspot_contact.properties is not the expected JSON", e);
        }
    }

    private String write(Map<String, Stamped> properties) {
        try {
            return mapper.writeValueAsString(properties);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("HubSpot contact properties cannot be written as JSON", e);
        }
    }

    private static <T> Object[] column(List<T> rows, java.util.function.Function<T, Object> value) {
        return rows.stream().map(value).toArray();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
