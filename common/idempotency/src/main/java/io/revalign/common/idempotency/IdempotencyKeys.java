package io.revalign.common.idempotency;

import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The ledger of Idempotency-Keys in one service's {@code idempotency_key} table: who claimed which
 * key for which request, and the response once there is one. Plain JDBC on the service's datasource,
 * so the rules below hold whatever framework calls them (and are tested without one).
 */
final class IdempotencyKeys {

    static final int MAX_KEY_LENGTH = 255;

    /** A key's row: the request it was first used for and, once answered, the response. */
    record Stored(String endpoint, String requestHash, Integer status, String location, String body) {

        /**
         * The stored response for a replay of {@code endpoint} with a body hashing to {@code hash}:
         * 422 when the key was used for another request, 409 while the first is still running.
         */
        Stored replayFor(String endpoint, String hash) {
            if (!this.endpoint.equals(endpoint) || !requestHash.equals(hash)) {
                throw new ProblemException(
                        ProblemType.UNPROCESSABLE,
                        "This Idempotency-Key was used for another request; use a new key for a new request");
            }
            if (status == null) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "The first request with this Idempotency-Key is still being processed; retry shortly");
            }
            return this;
        }
    }

    private final DataSource dataSource;
    private final String table;
    private final long retentionSeconds;
    private final long abandonedAfterSeconds;

    IdempotencyKeys(DataSource dataSource, String table, Duration retention, Duration abandonedAfter) {
        this.dataSource = dataSource;
        this.table = table;
        this.retentionSeconds = retention.toSeconds();
        this.abandonedAfterSeconds = abandonedAfter.toSeconds();
    }

    /** A key as a client may send it: 1 to 255 visible ASCII characters. */
    static void check(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ProblemException.invalid(
                    Idempotency.HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
    }

    /** Takes the key, or an abandoned claim on it; false when someone else holds or used it. */
    boolean claim(String principal, String key, String endpoint, String hash) {
        String sql = "INSERT INTO " + table + " (principal, key, endpoint, request_hash, claimed_at)"
                + " VALUES (?, ?, ?, ?, now())"
                + " ON CONFLICT (principal, key) DO UPDATE SET endpoint = excluded.endpoint,"
                + " request_hash = excluded.request_hash, claimed_at = now()"
                + " WHERE " + table + ".status IS NULL"
                + " AND " + table + ".claimed_at < now() - make_interval(secs => " + abandonedAfterSeconds + ")";
        return update(sql, principal, key, endpoint, hash) == 1;
    }

    /** Stores the response of a claimed key (in the caller's transaction, with what it created). */
    void complete(String principal, String key, int status, String location, String body) {
        update(
                "UPDATE " + table + " SET status = " + status + ", location = ?, body = ?, completed_at = now()"
                        + " WHERE principal = ? AND key = ?",
                location,
                body,
                principal,
                key);
    }

    /** Gives up a claim whose request failed, so the client may send it again. */
    void release(String principal, String key) {
        update("DELETE FROM " + table + " WHERE principal = ? AND key = ? AND status IS NULL", principal, key);
    }

    Optional<Stored> find(String principal, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT endpoint, request_hash, status,"
                        + " location, body FROM " + table + " WHERE principal = ? AND key = ?")) {
            select.setString(1, principal);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(
                        row.getString(1),
                        row.getString(2),
                        (Integer) row.getObject(3),
                        row.getString(4),
                        row.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading idempotency key failed", e);
        }
    }

    /** Forgets keys first used longer ago than the retention; replicas may run it at once. */
    int forgetOld() {
        return update(
                "DELETE FROM " + table + " WHERE claimed_at < now() - make_interval(secs => " + retentionSeconds + ")");
    }

    private int update(String sql, String... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing idempotency key failed", e);
        }
    }
}
