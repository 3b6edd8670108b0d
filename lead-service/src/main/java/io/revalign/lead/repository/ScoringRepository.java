package io.revalign.lead.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.qualification.BacktestSegment;
import io.revalign.lead.domain.qualification.EngagementRule;
import io.revalign.lead.domain.qualification.EngagementTally;
import io.revalign.lead.domain.qualification.LeadOutcome;
import io.revalign.lead.domain.qualification.LeadProfile;
import io.revalign.lead.domain.qualification.ScoringInput;
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
import java.util.UUID;
import org.hibernate.Session;

/**
 * The set-based reads and writes of scoring: one statement reads a batch of leads with one activity
 * tally per engagement rule (an SQL aggregate), one {@code INSERT … SELECT FROM unnest(…) ON CONFLICT}
 * writes their qualifications (the move to MQL is LeadTransitionRepository's).
 */
@ApplicationScoped
public class ScoringRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public ScoringRepository(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** Which leads a read covers: a list of ids, or an id range of a job batch, optionally a backtest segment. */
    public record Selection(
            Collection<UUID> ids, UUID firstId, UUID nextId, boolean withOutcome, BacktestSegment segment) {

        public static Selection of(Collection<UUID> ids) {
            return new Selection(ids, null, null, false, null);
        }

        public static Selection range(UUID firstId, UUID nextId) {
            return new Selection(null, firstId, nextId, false, null);
        }

        public static Selection outcomes(UUID firstId, UUID nextId, BacktestSegment segment) {
            return new Selection(null, firstId, nextId, true, segment);
        }
    }

    /** The leads of a selection with one tally per rule of {@code rules}, engagement seen at {@code asOf}. */
    public List<ScoringInput> load(Selection selection, List<EngagementRule> rules, Instant asOf) {
        List<Object> parameters = new ArrayList<>();
        // One join and one GROUP BY: each lead's activities are found through the (lead_id, occurred_at)
        // index, whatever the planner thinks of the range. The moment and the range bounds are values
        // this service made (an Instant, UUIDs), so they are inlined and each batch is planned for itself.
        String asOfSql = "'" + asOf + "'::timestamptz";
        StringBuilder sql = new StringBuilder("SELECT l.id, l.lifecycle_stage, l.industry, l.company_size, l.country,"
                + " l.title, l.company, l.source, l.budget, l.authority, l.need, l.timeline, l.attributes::text");
        if (selection.withOutcome()) {
            sql.append(", o.sales_verdict, o.deal_outcome");
        }
        for (int i = 0; i < rules.size(); i++) {
            EngagementRule rule = rules.get(i);
            // Types come from the ActivityType enum and numbers from validated rules, so they are inlined.
            String filter = " FILTER (WHERE a.type = '" + rule.activityType() + "' AND a.occurred_at >= " + asOfSql
                    + " - " + rule.windowDays() + " * interval '1 day')";
            sql.append(", count(a.id)").append(filter);
            if (rule.halfLifeDays() == null) {
                sql.append(", count(a.id)").append(filter).append("::float8");
            } else {
                sql.append(", sum(power(0.5::float8, greatest(extract(epoch FROM ")
                        .append(asOfSql)
                        .append(" - a.occurred_at)::float8, 0) / 86400.0 / ")
                        .append(Double.toString(rule.halfLifeDays()))
                        .append("))")
                        .append(filter);
            }
        }
        sql.append(" FROM lead l");
        if (selection.withOutcome()) {
            sql.append(" JOIN lead_outcome o ON o.lead_id = l.id");
        }
        if (!rules.isEmpty()) {
            int maxWindow =
                    rules.stream().mapToInt(EngagementRule::windowDays).max().orElseThrow();
            sql.append(" LEFT JOIN activity a ON a.lead_id = l.id AND a.occurred_at >= ")
                    .append(asOfSql)
                    .append(" - ")
                    .append(maxWindow)
                    .append(" * interval '1 day'");
        }
        sql.append(" WHERE ");
        where(sql, parameters, selection, "l.id");
        if (selection.segment() != null) {
            segment(sql, parameters, selection.segment());
        }
        if (!rules.isEmpty()) {
            sql.append(" GROUP BY l.id");
            if (selection.withOutcome()) {
                sql.append(", o.sales_verdict, o.deal_outcome");
            }
        }
        return session().doReturningWork(connection -> read(connection, sql.toString(), parameters, selection, rules));
    }

    /** Leads with a known outcome (in a segment), for planning a backtest: their ids, in id order. */
    public String outcomeIdsQuery(BacktestSegment segment, List<Object> parameters) {
        StringBuilder sql =
                new StringBuilder("SELECT l.id FROM lead l JOIN lead_outcome o ON o.lead_id = l.id WHERE true");
        segment(sql, parameters, segment);
        return sql.toString();
    }

    private static void segment(StringBuilder sql, List<Object> parameters, BacktestSegment segment) {
        if (segment.industry() != null) {
            sql.append(" AND l.industry = ?");
            parameters.add(segment.industry());
        }
        if (segment.source() != null) {
            sql.append(" AND l.source = ?");
            parameters.add(segment.source());
        }
        if (segment.createdFrom() != null) {
            sql.append(" AND l.created_at >= ?");
            parameters.add(Timestamp.from(segment.createdFrom()));
        }
        if (segment.createdTo() != null) {
            sql.append(" AND l.created_at < ?");
            parameters.add(Timestamp.from(segment.createdTo()));
        }
    }

    private static void where(StringBuilder sql, List<Object> parameters, Selection selection, String column) {
        if (selection.ids() != null) {
            sql.append(column).append(" = ANY(?)");
            parameters.add(selection.ids().toArray(UUID[]::new));
        } else {
            sql.append(column).append(" >= '").append(selection.firstId()).append("'::uuid");
            if (selection.nextId() != null) {
                sql.append(" AND ")
                        .append(column)
                        .append(" < '")
                        .append(selection.nextId())
                        .append("'::uuid");
            }
        }
    }

    private List<ScoringInput> read(
            Connection connection, String sql, List<Object> parameters, Selection selection, List<EngagementRule> rules)
            throws SQLException {
        List<ScoringInput> inputs = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Map<String, Object> fields = new HashMap<>();
                    fields.put("industry", row.getString(3));
                    int size = row.getInt(4);
                    fields.put("companySize", row.wasNull() ? null : size);
                    fields.put("country", row.getString(5));
                    fields.put("title", row.getString(6));
                    fields.put("company", row.getString(7));
                    fields.put("source", row.getString(8));
                    fields.put("budget", row.getString(9));
                    fields.put("authority", row.getString(10));
                    fields.put("need", row.getString(11));
                    fields.put("timeline", row.getString(12));
                    String attributes = row.getString(13);
                    int column = 14;
                    LeadOutcome outcome = null;
                    if (selection.withOutcome()) {
                        String verdict = row.getString(column++);
                        String deal = row.getString(column++);
                        outcome = new LeadOutcome(
                                verdict == null ? null : LeadOutcome.SalesVerdict.valueOf(verdict),
                                deal == null ? null : LeadOutcome.DealOutcome.valueOf(deal));
                    }
                    List<EngagementTally> tallies = new ArrayList<>(rules.size());
                    for (int i = 0; i < rules.size(); i++) {
                        long count = row.getLong(column++);
                        double weight = row.getDouble(column++);
                        tallies.add(count == 0 ? EngagementTally.NONE : new EngagementTally(count, weight));
                    }
                    inputs.add(new ScoringInput(
                            row.getObject(1, UUID.class),
                            LifecycleStage.valueOf(row.getString(2)),
                            new LeadProfile(fields, attributes(attributes)),
                            tallies,
                            outcome));
                }
            }
        }
        return inputs;
    }

    private Map<String, Object> attributes(String json) {
        if (json == null || json.equals("{}")) {
            return Map.of();
        }
        try {
            return mapper.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lead attributes in the database are not a JSON object", e);
        }
    }

    /** One lead's qualification, ready to write. */
    public record Scored(
            UUID leadId, double score, double fit, double engagement, String verdict, String explanation) {}

    /** Writes (inserts or replaces) the qualifications of a batch in one statement. */
    public void write(UUID definitionId, int definitionVersion, Instant scoredAt, List<Scored> scored) {
        if (scored.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO lead_qualification (lead_id, definition_id, definition_version, score, fit_points,"
                + " engagement_points, verdict, explanation, scored_at)"
                + " SELECT u.lead_id, ?, ?, u.score, u.fit, u.engagement, u.verdict, u.explanation::jsonb, ?"
                + " FROM unnest(?::uuid[], ?::float8[], ?::float8[], ?::float8[], ?::text[], ?::text[])"
                + " AS u(lead_id, score, fit, engagement, verdict, explanation)"
                + " ON CONFLICT (lead_id) DO UPDATE SET definition_id = excluded.definition_id,"
                + " definition_version = excluded.definition_version, score = excluded.score,"
                + " fit_points = excluded.fit_points, engagement_points = excluded.engagement_points,"
                + " verdict = excluded.verdict, explanation = excluded.explanation, scored_at = excluded.scored_at";
        int n = scored.size();
        UUID[] ids = new UUID[n];
        Double[] scores = new Double[n];
        Double[] fits = new Double[n];
        Double[] engagements = new Double[n];
        String[] verdicts = new String[n];
        String[] explanations = new String[n];
        for (int i = 0; i < n; i++) {
            Scored s = scored.get(i);
            ids[i] = s.leadId();
            scores[i] = s.score();
            fits[i] = s.fit();
            engagements[i] = s.engagement();
            verdicts[i] = s.verdict();
            explanations[i] = s.explanation();
        }
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, definitionId);
                statement.setInt(2, definitionVersion);
                statement.setTimestamp(3, Timestamp.from(scoredAt));
                statement.setArray(4, connection.createArrayOf("uuid", ids));
                statement.setArray(5, connection.createArrayOf("float8", scores));
                statement.setArray(6, connection.createArrayOf("float8", fits));
                statement.setArray(7, connection.createArrayOf("float8", engagements));
                statement.setArray(8, connection.createArrayOf("text", verdicts));
                statement.setArray(9, connection.createArrayOf("text", explanations));
                statement.executeUpdate();
            }
        });
    }

    static void bind(Connection connection, PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof UUID[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
