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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The funnel report's figures, summed by PostgreSQL from the funnel tallies (and the deltas not yet
 * folded into them) of migration V25: one statement, whose cost grows with the tallies' rows (cohort
 * months × segments × stages × distinct durations), not with the number of leads.
 */
@ApplicationScoped
public class FunnelRepository {

    // Entries, exits and durations of the period's cohorts, each with the report's group (month, segment or
    // none), from the tallies and the deltas not yet folded into them.
    private static final String SOURCES = "WITH entries AS ("
            + " SELECT %1$s AS grp, stage, stays FROM funnel_entry_tally WHERE cohort_month BETWEEN ? AND ?"
            + " UNION ALL SELECT %1$s, stage, stays FROM funnel_entry_delta WHERE cohort_month BETWEEN ? AND ?"
            + "), exits AS ("
            + " SELECT %1$s AS grp, stage, next_stage, stays FROM funnel_exit_tally WHERE cohort_month BETWEEN ? AND ?"
            + " UNION ALL SELECT %1$s, stage, next_stage, stays FROM funnel_exit_delta"
            + " WHERE cohort_month BETWEEN ? AND ?"
            + "), durations AS ("
            + " SELECT %1$s AS grp, stage, hours, stays FROM funnel_duration_tally WHERE cohort_month BETWEEN ? AND ?"
            + " UNION ALL SELECT %1$s, stage, hours, stays FROM funnel_exit_delta WHERE cohort_month BETWEEN ? AND ?"
            + "), conversions AS (SELECT * FROM unnest(?::varchar[], ?::varchar[]) AS c(stage, next_stage))";

    private static final int SOURCE_COUNT = 6;

    // Stays begun, ended and converted per group and stage; the duration histogram with a running count,
    // from which the median and p90 are read as percentile_disc reads them (the first hour at which the
    // running count reaches the fraction of all ended stays).
    private static final String FIGURES = ", entered AS ("
            + " SELECT grp, stage, sum(stays)::bigint AS stays FROM entries GROUP BY %1$s"
            + "), ended AS ("
            + " SELECT e.grp, e.stage, sum(e.stays)::bigint AS exited,"
            + " coalesce(sum(e.stays) FILTER (WHERE c.stage IS NOT NULL), 0)::bigint AS converted"
            + " FROM exits e LEFT JOIN conversions c ON c.stage = e.stage AND c.next_stage = e.next_stage"
            + " GROUP BY %2$s"
            + "), histogram AS ("
            + " SELECT grp, stage, hours, sum(stays) AS stays FROM durations GROUP BY %3$s"
            + "), running AS ("
            + " SELECT grp, stage, hours,"
            + " sum(stays) OVER (PARTITION BY grp, stage ORDER BY hours) AS up_to,"
            + " sum(stays) OVER (PARTITION BY grp, stage) AS total"
            + " FROM histogram"
            + "), percentiles AS ("
            + " SELECT grp, stage,"
            + " min(hours) FILTER (WHERE up_to * 2 >= total) AS median_hours,"
            + " min(hours) FILTER (WHERE up_to * 10 >= total * 9) AS p90_hours"
            + " FROM running GROUP BY grp, stage)"
            + " SELECT n.grp, n.stage, n.stays, coalesce(x.exited, 0), coalesce(x.converted, 0),"
            + " p.median_hours, p.p90_hours"
            + " FROM entered n"
            + " LEFT JOIN ended x ON coalesce(x.grp, '') = coalesce(n.grp, '') AND x.stage = n.stage"
            + " LEFT JOIN percentiles p ON coalesce(p.grp, '') = coalesce(n.grp, '') AND p.stage = n.stage";

    // The histogram is aggregated in memory (hash and sort); the default work_mem would spill it to disk.
    private static final String WORK_MEM = "SET LOCAL work_mem = '64MB'";

    private final EntityManager entityManager;

    public FunnelRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per stage, the total over the period (group null) and, with a grouping, each group's figures. */
    public List<StageTally> tallies(FunnelPeriod period, FunnelGrouping grouping) {
        String sql = String.format(SOURCES, groupExpression(grouping))
                + String.format(
                        FIGURES,
                        groupBy(grouping, "grp, stage"),
                        groupBy(grouping, "e.grp, e.stage"),
                        groupBy(grouping, "grp, stage, hours"));
        return session().doReturningWork(connection -> read(connection, sql, period));
    }

    /** Folds the deltas written since the last time into the tallies. */
    public void compact() {
        entityManager.createNativeQuery("SELECT funnel_compact()").getSingleResult();
    }

    /** GROUP BY {@code columns} (whose first is the group), and the same without the group for the total. */
    private static String groupBy(FunnelGrouping grouping, String columns) {
        if (grouping == null) {
            return columns;
        }
        return "GROUPING SETS ((" + columns + "), ("
                + columns.substring(columns.indexOf(',') + 1).trim() + "))";
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
        try (Statement settings = connection.createStatement()) {
            settings.execute(WORK_MEM);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (int source = 0; source < SOURCE_COUNT; source++) {
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
