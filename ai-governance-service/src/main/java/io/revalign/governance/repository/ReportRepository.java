package io.revalign.governance.repository;

import io.revalign.governance.domain.DecisionType;
import io.revalign.governance.domain.Reports;
import io.revalign.governance.domain.ToolCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The governance reports, each computed by PostgreSQL in one or two statements. */
@ApplicationScoped
public class ReportRepository {

    private static final int LIST_LIMIT = 100;

    private final EntityManager em;

    public ReportRepository(EntityManager em) {
        this.em = em;
    }

    /** The rights {@code role} held in decisions requested in [from, to). */
    public Reports.RightsShare rightsInDecisions(String role, Instant from, Instant to) {
        String sql = "SELECT count(*), "
                + "count(*) FILTER (WHERE raci ->> ? = 'R'), count(*) FILTER (WHERE raci ->> ? = 'A'), "
                + "count(*) FILTER (WHERE raci ->> ? = 'C'), count(*) FILTER (WHERE raci ->> ? = 'I'), "
                + "count(*) FILTER (WHERE NOT raci ?? ?) "
                + "FROM decision WHERE requested_at >= ? AND requested_at < ?";
        return query(sql, rows -> share(rows), role, role, role, role, role, time(from), time(to));
    }

    /** The rights {@code role} holds in the policy in force, over every decision type × tool category. */
    public Reports.RightsShare rightsInPolicy(String role) {
        String sql =
                "WITH cell AS (SELECT c ->> 'decisionType' AS type, c ->> 'toolCategory' AS category, c -> 'raci' AS raci "
                        + "  FROM (SELECT cells FROM decision_policy ORDER BY version DESC LIMIT 1) p, jsonb_array_elements(p.cells) c), "
                        + "grid AS (SELECT t, k FROM unnest(?::text[]) t CROSS JOIN unnest(?::text[]) k), "
                        + "resolved AS (SELECT coalesce((SELECT raci FROM cell WHERE type = t AND category = k), "
                        + "  (SELECT raci FROM cell WHERE type = t AND category IS NULL)) AS raci FROM grid) "
                        + "SELECT count(*), "
                        + "count(*) FILTER (WHERE raci ->> ? = 'R'), count(*) FILTER (WHERE raci ->> ? = 'A'), "
                        + "count(*) FILTER (WHERE raci ->> ? = 'C'), count(*) FILTER (WHERE raci ->> ? = 'I'), "
                        + "count(*) FILTER (WHERE NOT raci ?? ?) FROM resolved";
        String types =
                array(Arrays.stream(DecisionType.values()).map(Enum::name).toList());
        String categories =
                array(Arrays.stream(ToolCategory.values()).map(Enum::name).toList());
        return query(sql, rows -> share(rows), types, categories, role, role, role, role, role);
    }

    /** Counts and cycle times of decisions requested in [from, to). */
    public Reports.Practice practice(Instant from, Instant to, int inputDueDays, int decisionDueDays) {
        String sql =
                "SELECT count(*), count(*) FILTER (WHERE status = 'DECIDED'), count(*) FILTER (WHERE status = 'OPEN'), "
                        + "count(*) FILTER (WHERE override_reason IS NOT NULL), "
                        + "count(*) FILTER (WHERE status = 'DECIDED' AND decided_at > requested_at + make_interval(days => ?)), "
                        + "count(*) FILTER (WHERE status = 'OPEN' AND now() > requested_at + make_interval(days => ?)), "
                        + "percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - requested_at) / 3600) "
                        + "  FILTER (WHERE status = 'DECIDED'), "
                        + "percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - requested_at) / 3600) "
                        + "  FILTER (WHERE status = 'DECIDED') "
                        + "FROM decision WHERE requested_at >= ? AND requested_at < ?";
        String overdue = "SELECT d.id, d.tool_id, r.key, d.requested_at, d.requested_at + make_interval(days => ?), "
                + "count(*) OVER () "
                + "FROM decision d CROSS JOIN jsonb_each_text(d.raci) r "
                + "WHERE d.status = 'OPEN' AND r.value = 'C' AND now() > d.requested_at + make_interval(days => ?) "
                + "AND d.requested_at >= ? AND d.requested_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM decision_input i WHERE i.decision_id = d.id AND i.role = r.key) "
                + "ORDER BY d.requested_at, d.id, r.key LIMIT " + LIST_LIMIT;
        long[] total = new long[1];
        List<Reports.OverdueInput> inputs = query(
                overdue,
                rows -> {
                    List<Reports.OverdueInput> list = new ArrayList<>();
                    while (rows.next()) {
                        total[0] = rows.getLong(6);
                        list.add(new Reports.OverdueInput(
                                rows.getObject(1, UUID.class),
                                rows.getObject(2, UUID.class),
                                rows.getString(3),
                                instant(rows, 4),
                                instant(rows, 5)));
                    }
                    return list;
                },
                inputDueDays,
                inputDueDays,
                time(from),
                time(to));
        return query(
                sql,
                rows -> {
                    rows.next();
                    return new Reports.Practice(
                            from,
                            to,
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getLong(3),
                            rows.getLong(4),
                            rows.getLong(5),
                            rows.getLong(6),
                            (Double) rows.getObject(7),
                            (Double) rows.getObject(8),
                            inputDueDays,
                            decisionDueDays,
                            total[0],
                            inputs);
                },
                decisionDueDays,
                decisionDueDays,
                time(from),
                time(to));
    }

    /** Goals no APPROVED tool serves, tools in use or proposed that serve no goal, and overdue reviews. */
    public Reports.Coverage coverage(int reviewIntervalDays) {
        String goals = "SELECT g.id, g.title, g.created_at, count(*) OVER () FROM strategic_goal g "
                + "WHERE NOT EXISTS (SELECT 1 FROM ai_tool t WHERE t.status = 'APPROVED' "
                + "  AND t.goal_ids @> jsonb_build_array(g.id::text)) ORDER BY g.id LIMIT " + LIST_LIMIT;
        String tools = "SELECT t.id, t.vendor || ' ' || t.name, t.created_at, count(*) OVER () FROM ai_tool t "
                + "WHERE t.goal_ids = '[]'::jsonb AND t.status NOT IN ('REJECTED', 'RETIRED') ORDER BY t.id LIMIT "
                + LIST_LIMIT;
        String reviews = "SELECT t.id, t.vendor || ' ' || t.name, "
                + "coalesce(t.last_reviewed_at, t.created_at) + make_interval(days => ?), count(*) OVER () FROM ai_tool t "
                + "WHERE t.status IN ('PILOT', 'APPROVED') "
                + "AND now() > coalesce(t.last_reviewed_at, t.created_at) + make_interval(days => ?) "
                + "ORDER BY 3, t.id LIMIT " + LIST_LIMIT;
        long[] totals = new long[3];
        List<Reports.Item> goalItems = query(goals, rows -> items(rows, totals, 0));
        List<Reports.Item> toolItems = query(tools, rows -> items(rows, totals, 1));
        List<Reports.Item> reviewItems =
                query(reviews, rows -> items(rows, totals, 2), reviewIntervalDays, reviewIntervalDays);
        return new Reports.Coverage(
                totals[0], goalItems, totals[1], toolItems, reviewIntervalDays, totals[2], reviewItems);
    }

    private static List<Reports.Item> items(ResultSet rows, long[] totals, int index) throws SQLException {
        List<Reports.Item> items = new ArrayList<>();
        while (rows.next()) {
            totals[index] = rows.getLong(4);
            items.add(new Reports.Item(rows.getObject(1, UUID.class), rows.getString(2), instant(rows, 3)));
        }
        return items;
    }

    private static Reports.RightsShare share(ResultSet rows) throws SQLException {
        rows.next();
        return new Reports.RightsShare(
                rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, Reader<T> reader, Object... parameters) {
        return em.unwrap(Session.class).doReturningWork(db -> {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.read(rows);
                }
            }
        });
    }
}
