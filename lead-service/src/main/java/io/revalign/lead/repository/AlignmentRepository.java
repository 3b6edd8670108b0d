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
 * count by the UTC day they opened, read from the tallies that V41's triggers keep. Those still open and
 * untouched past their deadline (the one figure that depends on the moment) are the open untouched ones of
 * V43's tally less the ones not yet due, read from the hand-offs opened within the last SLA window. Sales'
 * verdicts recorded on leads that never had a hand-off (a CRM's or an import's outcomes) count by the time
 * they were recorded, beside the lead's current qualification.
 */
@ApplicationScoped
public class AlignmentRepository {

    /**
     * Tally rows of the period's days, segment and definition version (0 in the tallies: none): whole months,
     * the days around them and the pending deltas (V42).
     */
    private static final String HANDOFFS_COUNTED = " alignment_counted(NULL::alignment_handoff_tally, ?, ?, ?, ?) c";

    private static final String RULES_COUNTED = " alignment_counted(NULL::alignment_rule_tally, ?, ?, ?, ?) c";

    private static final String VERDICTS =
            "WITH overdue AS (SELECT o.definition_version, sum(o.handoffs) AS handoffs FROM ("
                    + " SELECT * FROM alignment_untouched(?, ?, ?, ?)"
                    + " UNION ALL SELECT coalesce(h.definition_version, 0), -1 FROM handoff h"
                    + " WHERE h.state = 'OPEN' AND h.first_touch_at IS NULL AND h.due_at >= ?"
                    + " AND h.opened_at >= ? AND h.opened_at < ? AND (?::varchar IS NULL OR h.segment = ?)"
                    + " AND (?::integer IS NULL OR h.definition_version = ?)) o GROUP BY 1)"
                    + " SELECT nullif(c.definition_version, 0),"
                    + " sum(c.handoffs) FILTER (WHERE NOT c.pulled),"
                    + " sum(c.handoffs) FILTER (WHERE NOT c.pulled AND c.state = 'ACCEPTED'),"
                    + " sum(c.handoffs) FILTER (WHERE c.state = 'REJECTED'),"
                    + " sum(c.handoffs) FILTER (WHERE c.state = 'RECYCLED'),"
                    + " sum(c.handoffs) FILTER (WHERE c.state = 'OPEN'),"
                    + " sum(c.handoffs) FILTER (WHERE c.pulled),"
                    + " coalesce(sum(c.handoffs) FILTER (WHERE c.touched_late), 0) + coalesce(max(o.handoffs), 0),"
                    + " sum(c.handoffs) FILTER (WHERE c.marketing_verdict = 'MQL' AND c.state = 'ACCEPTED'),"
                    + " sum(c.handoffs) FILTER (WHERE c.marketing_verdict = 'MQL' AND c.state IN ('REJECTED', 'RECYCLED')),"
                    + " sum(c.handoffs) FILTER (WHERE c.marketing_verdict <> 'MQL' AND c.state = 'ACCEPTED'),"
                    + " sum(c.handoffs) FILTER (WHERE c.marketing_verdict <> 'MQL' AND c.state IN ('REJECTED', 'RECYCLED'))"
                    + " FROM" + HANDOFFS_COUNTED + " LEFT JOIN overdue o ON o.definition_version = c.definition_version"
                    + " GROUP BY c.definition_version HAVING sum(c.handoffs) > 0";

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

    private static final String REASONS = "SELECT c.reason_code, r.label, sum(c.handoffs), sum(sum(c.handoffs)) OVER ()"
            + " FROM" + HANDOFFS_COUNTED + " JOIN rejection_reason r ON r.code = c.reason_code"
            + " WHERE c.state = 'REJECTED'"
            + " GROUP BY c.reason_code, r.label HAVING sum(c.handoffs) > 0"
            + " ORDER BY sum(c.handoffs) DESC, c.reason_code LIMIT ?";

    // Each answered hand-off keeps the rules that had fired on the qualification sales judged (V41); the
    // shares are of the answered hand-offs whose qualification is known (judged).
    private static final String RULES = "WITH totals AS (SELECT c.definition_version,"
            + " sum(c.handoffs) FILTER (WHERE c.state IN ('REJECTED', 'RECYCLED')) AS no_count,"
            + " sum(c.handoffs) FILTER (WHERE c.state = 'ACCEPTED') AS yes_count"
            + " FROM" + HANDOFFS_COUNTED + " WHERE c.judged GROUP BY c.definition_version)"
            + " SELECT c.definition_version, c.rule, c.kind, sum(c.hits) FILTER (WHERE c.said_no), t.no_count,"
            + " coalesce(sum(c.hits) FILTER (WHERE NOT c.said_no), 0), coalesce(t.yes_count, 0)"
            + " FROM" + RULES_COUNTED + " JOIN totals t ON t.definition_version = c.definition_version"
            + " GROUP BY c.definition_version, c.rule, c.kind, t.no_count, t.yes_count"
            + " HAVING sum(c.hits) FILTER (WHERE c.said_no) > 0"
            + " ORDER BY sum(c.hits) FILTER (WHERE c.said_no) DESC, c.definition_version DESC, c.rule LIMIT ?";

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
                int notDue = days(statement, 1, query);
                statement.setTimestamp(notDue, Timestamp.from(now));
                days(statement, period(statement, notDue + 1, query), query);
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
                period(statement, 1, query);
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
                int next = days(statement, 1, query);
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
     * The rules that fired most often on hand-offs sales rejected or recycled: those that had fired on the
     * qualification sales judged (kept on the hand-off when sales answered).
     */
    public List<RuleCount> rulesOnRejected(AlignmentQuery query, int limit) {
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(RULES)) {
                int next = days(statement, days(statement, 1, query), query);
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

    /** Folds the changes recorded since the last time into the tallies. */
    public void compact() {
        entityManager.createNativeQuery("SELECT alignment_compact()").getSingleResult();
    }

    /** Binds the period as instants, segment and version from {@code index}; returns the next free index. */
    private static int period(PreparedStatement statement, int index, AlignmentQuery query) throws SQLException {
        statement.setTimestamp(index, Timestamp.from(query.from()));
        statement.setTimestamp(index + 1, Timestamp.from(query.to()));
        return segmentAndVersion(statement, index + 2, query);
    }

    /** Binds the period as days, segment and version from {@code index}; returns the next free index. */
    private static int days(PreparedStatement statement, int index, AlignmentQuery query) throws SQLException {
        statement.setObject(index, query.first());
        statement.setObject(index + 1, query.last());
        statement.setString(
                index + 2, query.segment() == null ? null : query.segment().name());
        statement.setObject(index + 3, query.definitionVersion(), Types.INTEGER);
        return index + 4;
    }

    private static int segmentAndVersion(PreparedStatement statement, int index, AlignmentQuery query)
            throws SQLException {
        String segment = query.segment() == null ? null : query.segment().name();
        statement.setString(index, segment);
        statement.setString(index + 1, segment);
        statement.setObject(index + 2, query.definitionVersion(), Types.INTEGER);
        statement.setObject(index + 3, query.definitionVersion(), Types.INTEGER);
        return index + 4;
    }

    private static Integer version(ResultSet row) throws SQLException {
        int version = row.getInt(1);
        return row.wasNull() ? null : version;
    }

    private <T> T work(ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }
}
