package io.revalign.common.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Outbound webhooks in PostgreSQL: the outbox, subscriptions and deliveries, in the tables
 * {@code outbox_event}, {@code webhook_subscription} and {@code webhook_delivery} of the service's
 * schema ({@code quarkus.flyway.default-schema}; each service creates them in its own migration, the
 * columns as in lead-service's {@code V31__webhooks.sql}). Events and deliveries are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas share the work and an attempt is made by exactly one of
 * them. Plain JDBC on the service's datasource: inside a transaction every statement runs on the
 * transaction's connection, so an event is written with the change it announces.
 */
@ApplicationScoped
public class WebhookStore {

    /** A delivery that is due, with what sending it needs. */
    public record Due(
            UUID deliveryId,
            int attempts,
            Instant firstAttemptAt,
            UUID subscriptionId,
            String url,
            String secret,
            String previousSecret,
            Instant previousSecretUntil,
            UUID eventId,
            String eventType,
            String payload,
            Instant occurredAt) {}

    /** What one attempt found; {@code nextAttemptAt} null when the delivery is finished (DELIVERED or DEAD). */
    public record Attempt(
            UUID deliveryId,
            String status,
            Instant firstAttemptAt,
            Instant nextAttemptAt,
            Integer httpStatus,
            String error,
            int latencyMs) {}

    private static final String SUBSCRIPTION_COLUMNS =
            "id, url, event_types, active, disabled_reason, created_at, created_by";
    private static final String DELIVERY_COLUMNS = "d.id, d.subscription_id, d.event_id, e.type, d.status, d.attempts,"
            + " d.next_attempt_at, d.last_status, d.last_error, d.last_latency_ms, d.delivered_at";

    /** Runs statements on a connection. */
    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final String outbox;
    private final String subscriptionTable;
    private final String deliveryTable;

    public WebhookStore(DataSource dataSource, @ConfigProperty(name = "quarkus.flyway.default-schema") String schema) {
        this.dataSource = dataSource;
        this.outbox = schema + ".outbox_event";
        this.subscriptionTable = schema + ".webhook_subscription";
        this.deliveryTable = schema + ".webhook_delivery";
    }

    /** Adds events of one type to the outbox in one statement, in the caller's transaction. */
    public void emit(List<UUID> ids, String type, List<String> payloads, Instant occurredAt) {
        emit(ids, java.util.Collections.nCopies(ids.size(), type), payloads, occurredAt);
    }

    /**
     * Adds events, each of its own type ({@code types[i]} for {@code ids[i]}), in one statement, in the
     * caller's transaction. An event of a type no active subscription asks for is written already
     * fanned out, so the dispatcher never touches it again (a re-scoring that announces a million
     * events nobody listens to costs the inserts and nothing more).
     */
    public void emit(List<UUID> ids, List<String> types, List<String> payloads, Instant occurredAt) {
        if (ids.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + outbox
                    + " (id, type, payload, occurred_at, fanned_out)"
                    + " SELECT i, t, p::jsonb, ?, w.type IS NULL FROM unnest(?::uuid[], ?::text[], ?::text[]) AS e(i, t, p)"
                    + " LEFT JOIN (SELECT DISTINCT unnest(event_types) AS type FROM " + subscriptionTable
                    + " WHERE active) w ON w.type = e.t")) {
                insert.setTimestamp(1, Timestamp.from(occurredAt));
                insert.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
                insert.setArray(3, connection.createArrayOf("text", types.toArray()));
                insert.setArray(4, connection.createArrayOf("text", payloads.toArray()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    public void create(Subscription subscription, String secret) {
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + subscriptionTable + " ("
                    + SUBSCRIPTION_COLUMNS + ", secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, subscription.id());
                insert.setString(2, subscription.url());
                insert.setArray(
                        3,
                        connection.createArrayOf(
                                "text", subscription.eventTypes().toArray()));
                insert.setBoolean(4, subscription.active());
                insert.setString(5, subscription.disabledReason());
                insert.setTimestamp(6, Timestamp.from(subscription.createdAt()));
                insert.setString(7, subscription.createdBy());
                insert.setString(8, secret);
                insert.executeUpdate();
            }
            return null;
        });
    }

    public List<Subscription> subscriptions() {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + SUBSCRIPTION_COLUMNS + " FROM " + subscriptionTable + " ORDER BY created_at, id")) {
                return subscriptions(select);
            }
        });
    }

    public Optional<Subscription> subscription(UUID id) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + SUBSCRIPTION_COLUMNS + " FROM " + subscriptionTable + " WHERE id = ?")) {
                select.setObject(1, id);
                return subscriptions(select).stream().findFirst();
            }
        });
    }

    /** Deletes the subscription and its deliveries; false when there was none. */
    public boolean delete(UUID id) {
        return work(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + subscriptionTable + " WHERE id = ?")) {
                delete.setObject(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** Replaces the secret; the old one still signs beside it until {@code graceUntil}. False when no such subscription. */
    public boolean rotate(UUID id, String secret, Instant graceUntil) {
        return work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + subscriptionTable + " SET"
                    + " previous_secret = secret, previous_secret_until = ?, secret = ? WHERE id = ?")) {
                update.setTimestamp(1, Timestamp.from(graceUntil));
                update.setString(2, secret);
                update.setObject(3, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Switches a subscription on again (clearing why it was switched off) or off, with the reason. */
    public boolean setActive(UUID id, boolean active, String reason) {
        return work(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + subscriptionTable + " SET active = ?, disabled_reason = ? WHERE id = ?")) {
                update.setBoolean(1, active);
                update.setString(2, active ? null : reason);
                update.setObject(3, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    /**
     * Turns up to {@code limit} outbox events into one pending delivery per active subscription that
     * asked for their type; returns how many events it took.
     */
    public int fanOut(int limit) {
        return work(connection -> {
            try (PreparedStatement fanOut = connection.prepareStatement("WITH events AS (SELECT id, type FROM " + outbox
                    + " WHERE NOT fanned_out ORDER BY occurred_at, id"
                    + " LIMIT ? FOR UPDATE SKIP LOCKED),"
                    + " deliveries AS (INSERT INTO " + deliveryTable + " (id, subscription_id, event_id, status,"
                    + " next_attempt_at) SELECT gen_random_uuid(), s.id, e.id, 'PENDING', now() FROM events e"
                    + " JOIN " + subscriptionTable + " s ON s.active AND e.type = ANY (s.event_types)"
                    + " ON CONFLICT DO NOTHING)"
                    + " UPDATE " + outbox + " SET fanned_out = true WHERE id IN (SELECT id FROM events)")) {
                fanOut.setInt(1, limit);
                return fanOut.executeUpdate();
            }
        });
    }

    /** Up to {@code limit} due deliveries of active subscriptions, locked until the transaction ends. */
    public List<Due> claimDue(int limit, Instant now) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT d.id, d.attempts, d.first_attempt_at, s.id, s.url, s.secret, s.previous_secret,"
                            + " s.previous_secret_until, e.id, e.type, e.payload::text, e.occurred_at"
                            + " FROM " + deliveryTable + " d JOIN " + subscriptionTable
                            + " s ON s.id = d.subscription_id"
                            + " JOIN " + outbox + " e ON e.id = d.event_id"
                            + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND s.active"
                            + " ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE OF d SKIP LOCKED")) {
                select.setTimestamp(1, Timestamp.from(now));
                select.setInt(2, limit);
                List<Due> due = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(new Due(
                                rows.getObject(1, UUID.class),
                                rows.getInt(2),
                                instant(rows, 3),
                                rows.getObject(4, UUID.class),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getString(7),
                                instant(rows, 8),
                                rows.getObject(9, UUID.class),
                                rows.getString(10),
                                rows.getString(11),
                                instant(rows, 12)));
                    }
                }
                return due;
            }
        });
    }

    /** Records attempts (DELIVERED, PENDING again with the next time, or DEAD) in one statement. */
    public void record(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        int n = attempts.size();
        Object[] ids = new Object[n];
        Object[] statuses = new Object[n];
        Object[] firsts = new Object[n];
        Object[] nexts = new Object[n];
        Object[] httpStatuses = new Object[n];
        Object[] errors = new Object[n];
        Object[] latencies = new Object[n];
        for (int i = 0; i < n; i++) {
            Attempt attempt = attempts.get(i);
            ids[i] = attempt.deliveryId();
            statuses[i] = attempt.status();
            firsts[i] = attempt.firstAttemptAt().toString();
            nexts[i] = attempt.nextAttemptAt() == null
                    ? null
                    : attempt.nextAttemptAt().toString();
            httpStatuses[i] = attempt.httpStatus();
            errors[i] = attempt.error();
            latencies[i] = attempt.latencyMs();
        }
        work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + deliveryTable + " d SET"
                    + " status = a.status, attempts = d.attempts + 1,"
                    + " first_attempt_at = coalesce(d.first_attempt_at, a.first_at),"
                    + " next_attempt_at = coalesce(a.next_at, d.next_attempt_at), last_status = a.http_status,"
                    + " last_error = a.error, last_latency_ms = a.latency,"
                    + " delivered_at = CASE WHEN a.status = 'DELIVERED' THEN now() END"
                    + " FROM unnest(?::uuid[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::integer[],"
                    + " ?::text[], ?::integer[]) AS a(id, status, first_at, next_at, http_status, error, latency)"
                    + " WHERE d.id = a.id")) {
                update.setArray(1, connection.createArrayOf("uuid", ids));
                update.setArray(2, connection.createArrayOf("text", statuses));
                update.setArray(3, connection.createArrayOf("text", firsts));
                update.setArray(4, connection.createArrayOf("text", nexts));
                update.setArray(5, connection.createArrayOf("int4", httpStatuses));
                update.setArray(6, connection.createArrayOf("text", errors));
                update.setArray(7, connection.createArrayOf("int4", latencies));
                update.executeUpdate();
            }
            return null;
        });
    }

    /** The subscription's deliveries, newest first, after {@code after} (exclusive; null: from the newest). */
    public List<Delivery> deliveries(UUID subscriptionId, UUID after, int limit) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + DELIVERY_COLUMNS
                    + " FROM " + deliveryTable + " d JOIN " + outbox
                    + " e ON e.id = d.event_id WHERE d.subscription_id = ?"
                    + (after == null
                            ? ""
                            : " AND (e.occurred_at, d.id) < (SELECT e2.occurred_at, d2.id FROM" + " " + deliveryTable
                                    + " d2 JOIN " + outbox + " e2 ON e2.id = d2.event_id WHERE d2.id = ?)")
                    + " ORDER BY e.occurred_at DESC, d.id DESC LIMIT ?")) {
                int p = 1;
                select.setObject(p++, subscriptionId);
                if (after != null) {
                    select.setObject(p++, after);
                }
                select.setInt(p, limit);
                return deliveries(select);
            }
        });
    }

    /** Makes a delivery due again now, with a new 24-hour window; false when it is not the subscription's. */
    public boolean redeliver(UUID subscriptionId, UUID deliveryId) {
        return work(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + deliveryTable + " SET status = 'PENDING',"
                            + " next_attempt_at = now(), first_attempt_at = NULL WHERE id = ? AND subscription_id = ?")) {
                update.setObject(1, deliveryId);
                update.setObject(2, subscriptionId);
                return update.executeUpdate() == 1;
            }
        });
    }

    private static List<Subscription> subscriptions(PreparedStatement select) throws SQLException {
        List<Subscription> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new Subscription(
                        rows.getObject(1, UUID.class),
                        rows.getString(2),
                        Arrays.asList((String[]) rows.getArray(3).getArray()),
                        rows.getBoolean(4),
                        rows.getString(5),
                        instant(rows, 6),
                        rows.getString(7)));
            }
        }
        return found;
    }

    private static List<Delivery> deliveries(PreparedStatement select) throws SQLException {
        List<Delivery> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new Delivery(
                        rows.getObject(1, UUID.class),
                        rows.getObject(2, UUID.class),
                        rows.getObject(3, UUID.class),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getInt(6),
                        instant(rows, 7),
                        (Integer) rows.getObject(8),
                        rows.getString(9),
                        (Integer) rows.getObject(10),
                        instant(rows, 11)));
            }
        }
        return found;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private <T> T work(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Webhook store: " + e.getMessage(), e);
        }
    }
}
