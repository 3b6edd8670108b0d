package io.revalign.lead.repository;

import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.report.FunnelGrouping;
import io.revalign.lead.domain.report.FunnelPeriod;
import io.revalign.lead.domain.report.FunnelStages;
import io.revalign.lead.domain.report.StageTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The funnel report's figures, summed by PostgreSQL from the funnel tallies (and the deltas not yet
 * folded into them) of migration V25: one statement, whose cost grows with the tallies' rows (cohort
 * months × segments × stages × distinct whole hours), not with the number of leads.
 */
@ApplicationScoped
public class FunnelRepository {

    // Entries and exits of the period's cohorts, each with the report's group (month, segment or none).
    private static final String SOURCES = "WITH entries AS ("
            + " SELECT %1$s AS grp, stage, stays FROM funnel_entry_tally WHERE cohort_month BETWEEN ? AND ?"
            + " UNION ALL SELECT %1$s, stage, stays FROM funnel_entry_delta WHERE cohort_month BETWEEN ? AND ?"
            + "), exits AS ("
            + " SELECT %1$s AS grp, stage, next_stage, hours, stays FROM funnel_exit_tally"
            + " WHERE cohort_month BETWEEN ? AND ?"
            + " UNION ALL SELECT %1$s, stage, next_stage, hours, stays FROM funnel_exit_delta"
            + " WHERE cohort_month BETWEEN ? AND ?"
            + "), conversions AS (SELECT * FROM unnest(?::varchar[], ?::varchar[]) AS c(stage, next_stage))";

    // Stays begun per group and stage; a histogram of ended stays by whole hours, with a running count
    // from which the median and p90 are read as percentile_disc reads them (the first hour at which the
    // running count reaches the fraction of all ended stays).
    private static final String FIGURES = ", entered AS ("
            + " SELECT grp, stage, sum(stays)::bigint AS stays FROM entries GROUP BY %1$s"
            + "), histogram AS ("
            + " SELECT e.grp, e.stage, e.hours, sum(e.stays) AS stays,"
            + " coalesce(sum(e.stays) FILTER (WHERE c.stage IS NOT NULL), 0) AS converted"
            + " FROM exits e LEFT JOIN conversions c ON c.stage = e.stage AND c.next_stage = e.next_stage"
            + " GROUP BY %2$s"
            + "), running AS ("
            + " SELECT grp, stage, hours, converted,"
            + " sum(stays) OVER (PARTITION BY grp, stage ORDER BY hours) AS up_to,"
            + " sum(stays) OVER (PARTITION BY grp, stage) AS exited"
            + " FROM histogram"
            + "), exited AS ("
            + " SELECT grp, stage, max(exited)::bigint AS exited, sum(converted)::bigint AS converted,"
            + " min(hours) FILTER (WHERE up_to * 2 >= exited) AS median_hours,"
            + " min(hours) FILTER (WHERE up_to * 10 >= exited * 9) AS p90_hours"
            + " FROM running GROUP BY grp, stage)"
            + " SELECT n.grp, n.stage, n.stays, coalesce(x.exited, 0), coalesce(x.converted, 0),"
            + " x.median_hours, x.p90_hours"
            + " FROM entered n LEFT JOIN exited x ON coalesce(x.grp, '') = coalesce(n.grp, '') AND x.stage = n.stage";

    private final EntityManager entityManager;

    public FunnelRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per stage, the total over the period (group null) and, with a grouping, each group's figures. */
    public List<StageTally> tallies(FunnelPeriod period, FunnelGrouping grouping) {
        String sql = String.format(SOURCES, groupExpression(grouping))
                + String.format(
                        FIGURES,
                        grouping == null ? "grp, stage" : "GROUPING SETS ((grp, stage), (stage))",
                        grouping == null
                                ? "e.grp, e.stage, e.hours"
                                : "GROUPING SETS ((e.grp, e.stage, e.hours), (e.stage, e.hours))");
        return session().doReturningWork(connection -> read(connection, sql, period));
    }

    /** Folds the deltas written since the last time into the tallies. */
    public void compact() {
        entityManager.createNativeQuery("SELECT funnel_compact()").getSingleResult();
    }

    private static String groupExpression(FunnelGrouping grouping) {
        if (grouping == null) {
            return "NULL::text";
        }
        return switch (grouping) {
            case MONTH -> "to_char(cohort_month, 'YYYY-MM')";
            case SEGMENT -> "segment::text";
        };
    }

    private static List<StageTally> read(Connection connection, String sql, FunnelPeriod period) throws SQLException {
        List<String> stages = new ArrayList<>();
        List<String> nextStages = new ArrayList<>();
        for (LifecycleStage stage : FunnelStages.ORDER) {
            for (LifecycleStage next : FunnelStages.conversionsFrom(stage)) {
                stages.add(stage.name());
                nextStages.add(next.name());
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (int source = 0; source < 4; source++) {
                statement.setDate(index++, Date.valueOf(period.firstDay()));
                statement.setDate(index++, Date.valueOf(period.lastCohort()));
            }
            statement.setArray(index++, connection.createArrayOf("varchar", stages.toArray()));
            statement.setArray(index, connection.createArrayOf("varchar", nextStages.toArray()));
            List<StageTally> tallies = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tallies.add(new StageTally(
                            rows.getString(1),
                            LifecycleStage.valueOf(rows.getString(2)),
                            rows.getLong(3),
                            rows.getLong(4),
                            rows.getLong(5),
                            (Integer) rows.getObject(6),
                            (Integer) rows.getObject(7)));
                }
            }
            return tallies;
        }
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
