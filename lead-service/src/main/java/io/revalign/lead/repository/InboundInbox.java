package io.revalign.lead.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.lead.domain.inbound.InboundEvent;
import io.revalign.lead.domain.inbound.InboundEvent.ContactKey;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The CRM inbox in PostgreSQL: events of every inbound source stored once per (source, event key),
 * claimed in batches with {@code FOR UPDATE SKIP LOCKED} so several replicas share the work, and the
 * properties collected per contact (each with the time of its change, newest wins).
 */
@ApplicationScoped
public class InboundInbox {

    /** The first key of the two-key advisory locks on contacts, apart from other features' locks. */
    private static final int LOCK_SPACE = 0x4b5;

    private static final TypeReference<Map<String, Stamped>> PROPERTIES = new TypeReference<>() {};

    /** A property value and when the source says it changed (epoch milliseconds). */
    public record Stamped(String value, long at) {}

    /** One claimed event and the outcome to record for it. */
    public record Outcome(String source, String eventKey, String outcome, String detail) {}

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public InboundInbox(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** Stores the events not stored before; returns how many were new. */
    public int store(List<InboundEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        return session().doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO inbound_event (source, event_key, external_id, event_type, property_name,"
                            + " property_value, occurred_at) SELECT * FROM unnest(?::text[], ?::text[], ?::text[],"
                            + " ?::text[], ?::text[], ?::text[], ?::timestamptz[])"
                            + " ON CONFLICT (source, event_key) DO NOTHING")) {
                insert.setArray(1, connection.createArrayOf("text", column(events, InboundEvent::source)));
                insert.setArray(2, connection.createArrayOf("text", column(events, InboundEvent::eventKey)));
                insert.setArray(3, connection.createArrayOf("text", column(events, InboundEvent::externalId)));
                insert.setArray(4, connection.createArrayOf("text", column(events, InboundEvent::eventType)));
                insert.setArray(5, connection.createArrayOf("text", column(events, InboundEvent::propertyName)));
                insert.setArray(6, connection.createArrayOf("text", column(events, InboundEvent::propertyValue)));
                insert.setArray(
                        7,
                        connection.createArrayOf("timestamptz", column(events, e -> Timestamp.from(e.occurredAt()))));
                return insert.executeUpdate();
            }
        });
    }

    /** Up to {@code limit} unprocessed events, oldest first, locked; events other replicas hold are skipped. */
    public List<InboundEvent> claim(int limit) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT source, event_key, external_id, event_type, property_name, property_value, occurred_at"
                            + " FROM inbound_event WHERE processed_at IS NULL ORDER BY occurred_at, source, event_key"
                            + " LIMIT ? FOR UPDATE SKIP LOCKED")) {
                select.setInt(1, limit);
                List<InboundEvent> events = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new InboundEvent(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getTimestamp(7).toInstant()));
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
    public Map<ContactKey, Map<String, Stamped>> lockContacts(Collection<ContactKey> contacts) {
        List<ContactKey> sorted = contacts.stream()
                .distinct()
                .sorted(Comparator.comparing(ContactKey::source).thenComparing(ContactKey::externalId))
                .toList();
        return session().doReturningWork(connection -> {
            try (PreparedStatement lock =
                    connection.prepareStatement("SELECT count(pg_advisory_xact_lock(?, hashtext(s || ':' || k))) FROM"
                            + " (SELECT s, k FROM unnest(?::text[], ?::text[]) AS c(s, k) ORDER BY s, k) c")) {
                lock.setInt(1, LOCK_SPACE);
                lock.setArray(2, connection.createArrayOf("text", column(sorted, ContactKey::source)));
                lock.setArray(3, connection.createArrayOf("text", column(sorted, ContactKey::externalId)));
                lock.executeQuery().close();
            }
            return properties(connection, sorted);
        });
    }

    private Map<ContactKey, Map<String, Stamped>> properties(Connection connection, List<ContactKey> contacts)
            throws SQLException {
        Map<ContactKey, Map<String, Stamped>> found = new HashMap<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT c.source, c.external_id, c.properties::text FROM inbound_contact c"
                        + " JOIN unnest(?::text[], ?::text[]) AS k(s, e) ON c.source = k.s AND c.external_id = k.e")) {
            select.setArray(1, connection.createArrayOf("text", column(contacts, ContactKey::source)));
            select.setArray(2, connection.createArrayOf("text", column(contacts, ContactKey::externalId)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(
                            new ContactKey(rows.getString(1), rows.getString(2)),
                            new HashMap<>(read(rows.getString(3))));
                }
            }
        }
        return found;
    }

    /** Saves the contacts' collected properties. */
    public void saveContacts(Map<ContactKey, Map<String, Stamped>> contacts, Instant now) {
        if (contacts.isEmpty()) {
            return;
        }
        List<ContactKey> keys = new ArrayList<>(contacts.keySet());
        List<String> json = keys.stream().map(key -> write(contacts.get(key))).toList();
        session().doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO inbound_contact (source, external_id, properties, updated_at) SELECT s, e, p::jsonb, ?"
                            + " FROM unnest(?::text[], ?::text[], ?::text[]) AS c(s, e, p)"
                            + " ON CONFLICT (source, external_id)"
                            + " DO UPDATE SET properties = excluded.properties, updated_at = excluded.updated_at")) {
                upsert.setTimestamp(1, Timestamp.from(now));
                upsert.setArray(2, connection.createArrayOf("text", column(keys, ContactKey::source)));
                upsert.setArray(3, connection.createArrayOf("text", column(keys, ContactKey::externalId)));
                upsert.setArray(4, connection.createArrayOf("text", json.toArray()));
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
                    "UPDATE inbound_event e SET processed_at = ?, outcome = o.outcome, detail = o.detail"
                            + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS o(source, event_key, outcome,"
                            + " detail) WHERE e.source = o.source AND e.event_key = o.event_key")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setArray(2, connection.createArrayOf("text", column(outcomes, Outcome::source)));
                update.setArray(3, connection.createArrayOf("text", column(outcomes, Outcome::eventKey)));
                update.setArray(4, connection.createArrayOf("text", column(outcomes, Outcome::outcome)));
                update.setArray(5, connection.createArrayOf("text", column(outcomes, Outcome::detail)));
                update.executeUpdate();
            }
        });
    }

    private Map<String, Stamped> read(String json) {
        try {
            return mapper.readValue(json, PROPERTIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("inbound_contact.properties is not the expected JSON", e);
        }
    }

    private String write(Map<String, Stamped> properties) {
        try {
            return mapper.writeValueAsString(properties);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Contact properties cannot be written as JSON", e);
        }
    }

    private static <T> Object[] column(List<T> rows, Function<T, Object> value) {
        return rows.stream().map(value).toArray();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
