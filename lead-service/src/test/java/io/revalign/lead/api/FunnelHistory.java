package io.revalign.lead.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Writes leads and their stage changes straight into the lead schema, at chosen instants, the way the
 * service's writers do (one INSERT per lead, one per transition): the funnel's triggers see what they
 * see in production. Each test takes cohort months of its own far in the past, so figures are its own.
 */
final class FunnelHistory {

    private final DataSource database;
    private final List<UUID> written = new ArrayList<>();

    FunnelHistory(DataSource database) {
        this.database = database;
    }

    /** A month no other test run uses (years 2200-4199: far from real data, and Gregorian in Java and PostgreSQL alike). */
    static YearMonth unusedMonth() {
        return YearMonth.of(
                1000 + ThreadLocalRandom.current().nextInt(2000),
                1 + ThreadLocalRandom.current().nextInt(11));
    }

    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** A lead with {@code companySize} employees created at {@code createdAt} in stage LEAD. */
    UUID lead(Instant createdAt, Integer companySize) {
        UUID id = UUID.randomUUID();
        update(
                "INSERT INTO lead (id, email, company_size, source, budget, authority, need, timeline, attributes,"
                        + " lifecycle_stage, created_at, updated_at, version)"
                        + " VALUES (?, 'funnel@test.example', ?, 'IMPORT', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN',"
                        + " '{}', 'LEAD', ?, ?, 0)",
                id,
                companySize,
                createdAt.atOffset(ZoneOffset.UTC),
                createdAt.atOffset(ZoneOffset.UTC));
        written.add(id);
        return id;
    }

    /** Deletes the leads this history wrote (their stays leave the tallies), so other tests never list them. */
    void deleteLeads() {
        for (UUID id : written) {
            update("DELETE FROM lead WHERE id = ?", id);
        }
        written.clear();
    }

    /** Records {@code lead} moving {@code from → to} at {@code at} (and moves the lead). */
    void move(UUID lead, String from, String to, Instant at) {
        update(
                "WITH moved AS (UPDATE lead SET lifecycle_stage = ? WHERE id = ? RETURNING id)"
                        + " INSERT INTO lead_transition (id, lead_id, from_stage, to_stage, actor, reason, at)"
                        + " SELECT ?, id, ?, ?, 'test', 'funnel test', ? FROM moved",
                to,
                lead,
                UUID.randomUUID(),
                from,
                to,
                at.atOffset(ZoneOffset.UTC));
    }

    /** Records two moves of {@code lead} in one statement, listed latest first: the triggers order them by time. */
    void moveTwice(UUID lead, String[] later, Instant laterAt, String[] earlier, Instant earlierAt) {
        update(
                "INSERT INTO lead_transition (id, lead_id, from_stage, to_stage, actor, reason, at)"
                        + " VALUES (?, ?, ?, ?, 'test', 'funnel test', ?), (?, ?, ?, ?, 'test', 'funnel test', ?)",
                UUID.randomUUID(),
                lead,
                later[0],
                later[1],
                laterAt.atOffset(ZoneOffset.UTC),
                UUID.randomUUID(),
                lead,
                earlier[0],
                earlier[1],
                earlierAt.atOffset(ZoneOffset.UTC));
    }

    static Instant after(Instant start, long minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }

    void update(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
