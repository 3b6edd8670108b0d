package io.revalign.lead.repository;

import io.revalign.lead.domain.alignment.AgreementTable;
import io.revalign.lead.domain.alignment.AlignmentQuery;
import io.revalign.lead.domain.alignment.ReasonCount;
import io.revalign.lead.domain.alignment.RuleCount;
import io.revalign.lead.domain.alignment.VerdictCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * The alignment report's figures, each one SQL aggregate: nothing but counts leaves PostgreSQL. Hand-offs
 * count by the time they opened; sales' verdicts recorded on leads that never had a hand-off (a CRM's or an
 * import's outcomes) count by the time they were recorded, beside the lead's current qualification.
 */
@ApplicationScoped
public class AlignmentRepository {

    private static final String HANDOFF_SCOPE = " h.opened_at >= ? AND h.opened_at < ?"
            + " AND (?::varchar IS NULL OR h.segment = ?) AND (?::integer IS NULL OR h.definition_version = ?)";

    private static final String VERDICTS = "SELECT h.definition_version,"
            + " count(*) FILTER (WHERE NOT h.pulled),"
            + " count(*) FILTER (WHERE NOT h.pulled AND h.state = 'ACCEPTED'),"
            + " count(*) FILTER (WHERE h.state = 'REJECTED'),"
            + " count(*) FILTER (WHERE h.state = 'RECYCLED'),"
            + " count(*) FILTER (WHERE h.state = 'OPEN'),"
            + " count(*) FILTER (WHERE h.pulled),"
            + " count(*) FILTER (WHERE h.first_touch_at > h.due_at"
            + "   OR (h.first_touch_at IS NULL AND h.state = 'OPEN' AND h.due_at < ?)),"
            + " count(*) FILTER (WHERE h.marketing_verdict = 'MQL' AND h.state = 'ACCEPTED'),"
            + " count(*) FILTER (WHERE h.marketing_verdict = 'MQL' AND h.state IN ('REJECTED', 'RECYCLED')),"
            + " count(*) FILTER (WHERE h.marketing_verdict <> 'MQL' AND h.state = 'ACCEPTED'),"
            + " count(*) FILTER (WHERE h.marketing_verdict <> 'MQL' AND h.state IN ('REJECTED', 'RECYCLED'))"
            + " FROM handoff h WHERE" + HANDOFF_SCOPE
            + " GROUP BY h.definition_version";

    private static final String OUTCOME_VERDICTS = "SELECT q.definition_version,"
            + " count(*) FILTER (WHERE q.verdict = 'MQL' AND o.sales_verdict = 'ACCEPTED'),"
            + " count(*) FILTER (WHERE q.verdict = 'MQL' AND o.sales_verdict = 'REJECTED'),"
            + " count(*) FILTER (WHERE q.verdict IS DISTINCT FROM 'MQL' AND o.sales_verdict = 'ACCEPTED'),"
            + " count(*) FILTER (WHERE q.verdict IS DISTINCT FROM 'MQL' AND o.sales_verdict = 'REJECTED')"
            + " FROM lead_outcome o JOIN lead l ON l.id = o.lead_id"
            + " LEFT JOIN lead_qualification q ON q.lead_id = o.lead_id"
            + " WHERE o.sales_verdict IS NOT NULL AND o.recorded_at >= ? AND o.recorded_at < ?"
            + " AND (?::varchar IS NULL OR lead_segment(l.company_size) = ?)"
            + " AND (?::integer IS NULL OR q.definition_version = ?)"
            + " AND NOT EXISTS (SELECT 1 FROM handoff h WHERE h.lead_id = o.lead_id)"
            + " GROUP BY q.definition_version";

    private static final String REASONS = "SELECT h.reason_code, r.label, count(*), sum(count(*)) OVER ()"
            + " FROM handoff h JOIN rejection_reason r ON r.code = h.reason_code"
            + " WHERE h.state = 'REJECTED' AND" + HANDOFF_SCOPE
            + " GROUP BY h.reason_code, r.label ORDER BY count(*) DESC, h.reason_code LIMIT ?";

    // A rule fired when the stored explanation lists it, or (scorecards, V11) when its fit flag is set or its
    // engagement count is above zero, as ScoringEngine.explain reads them; names from the scoring definition.
    private static final String RULES = "WITH answered AS (SELECT h.definition_version,"
            + " h.state IN ('REJECTED', 'RECYCLED') AS said_no, q.explanation, q.fit_hits, q.engagement_counts,"
            + " q.definition_id"
            + " FROM handoff h JOIN lead_qualification q"
            + " ON q.lead_id = h.lead_id AND q.definition_version = h.definition_version"
            + " WHERE h.state <> 'OPEN' AND" + HANDOFF_SCOPE + "),"
            + " totals AS (SELECT definition_version, count(*) FILTER (WHERE said_no) AS no_count,"
            + " count(*) FILTER (WHERE NOT said_no) AS yes_count FROM answered GROUP BY definition_version),"
            + " hits AS ("
            + " SELECT a.definition_version, a.said_no, hit->>'rule' AS rule, hit->>'kind' AS kind"
            + " FROM answered a CROSS JOIN LATERAL jsonb_array_elements(a.explanation->'rules') AS hit"
            + " WHERE a.explanation IS NOT NULL"
            + " UNION ALL SELECT a.definition_version, a.said_no,"
            + " v.content->'fitRules'->((f.i - 1)::int)->>'name', 'FIT'"
            + " FROM answered a JOIN cosigned_version v ON v.id = a.definition_id"
            + " CROSS JOIN LATERAL unnest(a.fit_hits) WITH ORDINALITY AS f(hit, i)"
            + " WHERE a.explanation IS NULL AND f.hit"
            + " UNION ALL SELECT a.definition_version, a.said_no,"
            + " v.content->'engagementRules'->((e.i - 1)::int)->>'name', 'ENGAGEMENT'"
            + " FROM answered a JOIN cosigned_version v ON v.id = a.definition_id"
            + " CROSS JOIN LATERAL unnest(a.engagement_counts) WITH ORDINALITY AS e(n, i)"
            + " WHERE a.explanation IS NULL AND e.n > 0)"
            + " SELECT x.definition_version, x.rule, x.kind,"
            + " count(*) FILTER (WHERE x.said_no), t.no_count, count(*) FILTER (WHERE NOT x.said_no), t.yes_count"
            + " FROM hits x JOIN totals t ON t.definition_version = x.definition_version"
            + " GROUP BY x.definition_version, x.rule, x.kind, t.no_count, t.yes_count"
            + " HAVING count(*) FILTER (WHERE x.said_no) > 0"
            + " ORDER BY count(*) FILTER (WHERE x.said_no) DESC, x.definition_version DESC, x.rule LIMIT ?";

    private final EntityManager entityManager;

    public AlignmentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Makes the rest of the transaction read one snapshot, so the report's figures add up; call first. */
    public void readOneSnapshot() {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
        });
    }

    /** Hand-off counts and 2×2 tables per definition version, opened in the period, deadlines judged at {@code now}. */
    public List<VerdictCounts> handoffVerdicts(AlignmentQuery query, Instant now) {
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(VERDICTS)) {
                statement.setTimestamp(1, Timestamp.from(now));
                scope(statement, 2, query);
                List<VerdictCounts> counts = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        counts.add(new VerdictCounts(
                                version(row),
                                row.getLong(2),
                                row.getLong(3),
                                row.getLong(4),
                                row.getLong(5),
                                row.getLong(6),
                                row.getLong(7),
                                row.getLong(8),
                                new AgreementTable(row.getLong(9), row.getLong(10), row.getLong(11), row.getLong(12))));
                    }
                }
                return counts;
            }
        });
    }

    /** 2×2 tables per definition version of sales' verdicts recorded in the period on leads that never had a hand-off. */
    public List<VerdictCounts> outcomeVerdicts(AlignmentQuery query) {
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(OUTCOME_VERDICTS)) {
                scope(statement, 1, query);
                List<VerdictCounts> counts = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        AgreementTable table =
                                new AgreementTable(row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5));
                        counts.add(new VerdictCounts(version(row), 0, 0, 0, 0, 0, 0, 0, table));
                    }
                }
                return counts;
            }
        });
    }

    /** The most frequent rejection reasons of hand-offs opened in the period. */
    public List<ReasonCount> topReasons(AlignmentQuery query, int limit) {
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(REASONS)) {
                int next = scope(statement, 1, query);
                statement.setInt(next, limit);
                List<ReasonCount> reasons = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        reasons.add(
                                new ReasonCount(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4)));
                    }
                }
                return reasons;
            }
        });
    }

    /**
     * The rules that fired most often on hand-offs sales rejected or recycled, read from the explanation
     * of the lead's qualification when it is still of the hand-off's definition version.
     */
    public List<RuleCount> rulesOnRejected(AlignmentQuery query, int limit) {
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(RULES)) {
                int next = scope(statement, 1, query);
                statement.setInt(next, limit);
                List<RuleCount> rules = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        rules.add(new RuleCount(
                                row.getInt(1),
                                row.getString(2),
                                row.getString(3),
                                row.getLong(4),
                                row.getLong(5),
                                row.getLong(6),
                                row.getLong(7)));
                    }
                }
                return rules;
            }
        });
    }

    /** Binds period, segment and version from {@code index}; returns the next free index. */
    private static int scope(PreparedStatement statement, int index, AlignmentQuery query) throws SQLException {
        String segment = query.segment() == null ? null : query.segment().name();
        statement.setTimestamp(index, Timestamp.from(query.from()));
        statement.setTimestamp(index + 1, Timestamp.from(query.to()));
        statement.setString(index + 2, segment);
        statement.setString(index + 3, segment);
        statement.setObject(index + 4, query.definitionVersion(), Types.INTEGER);
        statement.setObject(index + 5, query.definitionVersion(), Types.INTEGER);
        return index + 6;
    }

    private static Integer version(ResultSet row) throws SQLException {
        int version = row.getInt(1);
        return row.wasNull() ? null : version;
    }

    private <T> T work(ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }
}
