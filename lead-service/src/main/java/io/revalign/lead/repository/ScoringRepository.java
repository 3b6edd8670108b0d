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
import io.revalign.lead.domain.qualification.Scorecard;
import io.revalign.lead.domain.qualification.ScoringInput;
import io.revalign.lead.domain.qualification.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        // Two reads, no join: the leads of the selection, then their activity tallies grouped by lead. Each is one
        // scan of an index in id order (lead's primary key; activity's (lead_id, occurred_at) index, which includes
        // the type), whatever the planner estimates for a uuid range, so the statements are prepared once with
        // parameters instead of planned per batch. A join let the planner descend the activity index once per
        // lead (a nested loop over a range it estimated at one row): 15,900 buffers a batch of 5,000, now 1,100.
        List<Object> leadParameters = new ArrayList<>();
        StringBuilder leadSql = new StringBuilder("SELECT l.id, l.lifecycle_stage, l.industry, l.company_size,"
                + " l.country, l.title, l.company, l.source, l.budget, l.authority, l.need, l.timeline,"
                + " l.attributes::text");
        if (selection.withOutcome()) {
            leadSql.append(", o.sales_verdict, o.deal_outcome");
        }
        leadSql.append(" FROM lead l");
        if (selection.withOutcome()) {
            leadSql.append(" JOIN lead_outcome o ON o.lead_id = l.id");
        }
        leadSql.append(" WHERE ");
        where(leadSql, leadParameters, selection, "l.id");
        if (selection.segment() != null) {
            segment(leadSql, leadParameters, selection.segment());
        }
        // In id order, as the scores are written and the moves lock their leads.
        leadSql.append(" ORDER BY l.id");
        return session().doReturningWork(connection -> {
            Map<UUID, List<EngagementTally>> tallies =
                    rules.isEmpty() ? Map.of() : tallies(connection, selection, rules, asOf);
            return read(connection, leadSql.toString(), leadParameters, selection, rules, tallies);
        });
    }

    /**
     * One tally per rule for each lead of the selection with an activity in the widest window; leads without
     * one are absent. Windows end exactly {@code windowDays} × 24 h before {@code asOf}, as in
     * {@link io.revalign.lead.domain.qualification.ScoringEngine#tally}.
     */
    private Map<UUID, List<EngagementTally>> tallies(
            Connection connection, Selection selection, List<EngagementRule> rules, Instant asOf) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT a.lead_id");
        for (EngagementRule rule : rules) {
            // Types come from the ActivityType enum and numbers from validated rules, so they are inlined.
            String filter = " FILTER (WHERE a.type = '" + rule.activityType() + "' AND a.occurred_at >= ?)";
            sql.append(", count(*)").append(filter);
            parameters.add(windowStart(asOf, rule.windowDays()));
            if (rule.halfLifeDays() == null) {
                sql.append(", count(*)").append(filter).append("::float8");
                parameters.add(windowStart(asOf, rule.windowDays()));
            } else {
                sql.append(", sum(power(0.5::float8, greatest(extract(epoch FROM ?::timestamptz - a.occurred_at)")
                        .append("::float8, 0) / 86400.0 / ")
                        .append(Double.toString(rule.halfLifeDays()))
                        .append("))")
                        .append(filter);
                parameters.add(timestamp(asOf));
                parameters.add(windowStart(asOf, rule.windowDays()));
            }
        }
        int maxWindow =
                rules.stream().mapToInt(EngagementRule::windowDays).max().orElseThrow();
        sql.append(" FROM activity a WHERE ");
        where(sql, parameters, selection, "a.lead_id");
        sql.append(" AND a.occurred_at >= ? GROUP BY a.lead_id");
        parameters.add(windowStart(asOf, maxWindow));
        Map<UUID, List<EngagementTally>> tallies = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            bind(connection, statement, parameters);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    List<EngagementTally> leadTallies = new ArrayList<>(rules.size());
                    int column = 2;
                    for (int i = 0; i < rules.size(); i++) {
                        long count = row.getLong(column++);
                        double weight = row.getDouble(column++);
                        leadTallies.add(count == 0 ? EngagementTally.NONE : new EngagementTally(count, weight));
                    }
                    tallies.put(row.getObject(1, UUID.class), leadTallies);
                }
            }
        }
        return tallies;
    }

    private static OffsetDateTime windowStart(Instant asOf, int windowDays) {
        return timestamp(asOf.minus(Duration.ofDays(windowDays)));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
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
            sql.append(column).append(" >= ?");
            parameters.add(selection.firstId());
            if (selection.nextId() != null) {
                sql.append(" AND ").append(column).append(" < ?");
                parameters.add(selection.nextId());
            }
        }
    }

    private List<ScoringInput> read(
            Connection connection,
            String sql,
            List<Object> parameters,
            Selection selection,
            List<EngagementRule> rules,
            Map<UUID, List<EngagementTally>> tallies)
            throws SQLException {
        List<EngagementTally> none = Collections.nCopies(rules.size(), EngagementTally.NONE);
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
                    UUID id = row.getObject(1, UUID.class);
                    inputs.add(new ScoringInput(
                            id,
                            LifecycleStage.valueOf(row.getString(2)),
                            new LeadProfile(fields, attributes(attributes)),
                            tallies.getOrDefault(id, none),
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
    public record Scored(UUID leadId, Scorecard scorecard) {}

    /** A lead's stored qualification: its scorecard, or for rows scored before scorecards, the explanation's JSON. */
    public record Stored(
            UUID definitionId, int definitionVersion, Instant scoredAt, Scorecard scorecard, String explanationJson) {}

    /**
     * Writes (inserts or replaces) the qualifications of a batch in one statement: one array per column,
     * each lead's scorecard arrays as array literals, no JSON.
     */
    public void write(UUID definitionId, int definitionVersion, Instant scoredAt, List<Scored> scored) {
        if (scored.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO lead_qualification (lead_id, definition_id, definition_version, score, fit_points,"
                + " engagement_points, verdict, explanation, fit_hits, engagement_counts, engagement_rule_points,"
                + " gates_passed, scored_at)"
                + " SELECT u.lead_id, ?, ?, u.score, u.fit, u.engagement, u.verdict, NULL, u.fit_hits::boolean[],"
                + " u.counts::integer[], u.points::float8[], u.gates::boolean[], ?"
                + " FROM unnest(?::uuid[], ?::float8[], ?::float8[], ?::float8[], ?::text[], ?::text[], ?::text[],"
                + " ?::text[], ?::text[]) AS u(lead_id, score, fit, engagement, verdict, fit_hits, counts, points, gates)"
                + " ON CONFLICT (lead_id) DO UPDATE SET definition_id = excluded.definition_id,"
                + " definition_version = excluded.definition_version, score = excluded.score,"
                + " fit_points = excluded.fit_points, engagement_points = excluded.engagement_points,"
                + " verdict = excluded.verdict, explanation = NULL, fit_hits = excluded.fit_hits,"
                + " engagement_counts = excluded.engagement_counts,"
                + " engagement_rule_points = excluded.engagement_rule_points, gates_passed = excluded.gates_passed,"
                + " scored_at = excluded.scored_at";
        int n = scored.size();
        UUID[] ids = new UUID[n];
        Double[] scores = new Double[n];
        Double[] fits = new Double[n];
        Double[] engagements = new Double[n];
        String[] verdicts = new String[n];
        String[] fitHits = new String[n];
        String[] counts = new String[n];
        String[] points = new String[n];
        String[] gates = new String[n];
        for (int i = 0; i < n; i++) {
            Scorecard card = scored.get(i).scorecard();
            ids[i] = scored.get(i).leadId();
            scores[i] = card.score();
            fits[i] = card.fitTotal();
            engagements[i] = card.engagementTotal();
            verdicts[i] = card.verdict().name();
            fitHits[i] = ArrayLiterals.of(card.fitHits());
            counts[i] = ArrayLiterals.of(card.engagementCounts());
            points[i] = ArrayLiterals.of(card.engagementPoints());
            gates[i] = ArrayLiterals.of(card.gatesPassed());
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
                statement.setArray(9, connection.createArrayOf("text", fitHits));
                statement.setArray(10, connection.createArrayOf("text", counts));
                statement.setArray(11, connection.createArrayOf("text", points));
                statement.setArray(12, connection.createArrayOf("text", gates));
                statement.executeUpdate();
            }
        });
    }

    /** A lead's stored qualification, if it has been scored. */
    public Optional<Stored> stored(UUID leadId) {
        String sql = "SELECT definition_id, definition_version, scored_at, score, fit_points, engagement_points,"
                + " verdict, explanation::text, fit_hits, engagement_counts, engagement_rule_points, gates_passed"
                + " FROM lead_qualification WHERE lead_id = ?";
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, leadId);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Stored>empty();
                    }
                    Scorecard card = null;
                    if (row.getArray(9) != null) {
                        card = new Scorecard(
                                booleans(row.getArray(9)),
                                ints(row.getArray(10)),
                                doubles(row.getArray(11)),
                                booleans(row.getArray(12)),
                                row.getDouble(5),
                                row.getDouble(6),
                                row.getDouble(4),
                                Verdict.valueOf(row.getString(7)));
                    }
                    return Optional.of(new Stored(
                            row.getObject(1, UUID.class),
                            row.getInt(2),
                            row.getTimestamp(3).toInstant(),
                            card,
                            row.getString(8)));
                }
            }
        });
    }

    private static boolean[] booleans(Array array) throws SQLException {
        Boolean[] values = (Boolean[]) array.getArray();
        boolean[] result = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private static int[] ints(Array array) throws SQLException {
        Integer[] values = (Integer[]) array.getArray();
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private static double[] doubles(Array array) throws SQLException {
        Double[] values = (Double[]) array.getArray();
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
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
