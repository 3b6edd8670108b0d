package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alignment report against figures computed by hand on a small seeded set (March 2019, a definition
 * version no other test uses), written straight into the tables the report reads.
 *
 * <pre>
 * hand-offs opened 2019-03-10, definition version V, MID_MARKET:
 *   6 MQL accepted (one touched after its deadline)   -> bothYes 6
 *   2 MQL rejected (NO_BUDGET, WRONG_PERSONA)         -> marketingOnly 2
 *   1 MQL recycled                                    -> marketingOnly 1
 *   1 MQL open, past its deadline                     -> not in the table; open 1, breached
 *   1 pulled, definition said BELOW_THRESHOLD         -> salesOnly 1
 * sales' verdicts recorded 2019-03-15 on leads without a hand-off:
 *   GATED + REJECTED x2 -> bothNo 2; BELOW_THRESHOLD + ACCEPTED -> salesOnly 1;
 *   MQL + REJECTED (ENTERPRISE) -> marketingOnly 1; never scored + REJECTED -> bothNo 1 (version null)
 * outside the period: one accepted hand-off opened 2019-04-02.
 *
 * version V: a=6 b=4 c=2 d=2, n=14: p_o = 8/14 = 0.571; p_e = (10*8 + 4*6)/196 = 0.5306;
 *   kappa = (0.5714 - 0.5306) / (1 - 0.5306) = 8/92 = 0.087
 * all versions: a=6 b=4 c=2 d=3, n=15: p_o = 0.6; p_e = (10*8 + 5*7)/225 = 0.5111; kappa = 20/110 = 0.182
 * mqls 10, accepted 6, rejected 2, recycled 1, open 1, pulled 1, breached 2; acceptance 6/9 = 0.667
 * rules on the 3 rejected or recycled: "Pricing views" 3/3 (on accepted 1/7 = 0.143), "Decision maker" 2/3
 *   (on accepted 6/7 = 0.857)
 * </pre>
 */
@QuarkusTest
class AlignmentReportTest {

    static final Instant OPENED = Instant.parse("2019-03-10T09:00:00Z");
    static final Instant RECORDED = Instant.parse("2019-03-15T12:00:00Z");
    static final String DECISION_MAKER =
            "{\"kind\": \"FIT\", \"rule\": \"Decision maker\", \"detail\": \"d\", \"points\": 30}";
    static final String PRICING =
            "{\"kind\": \"ENGAGEMENT\", \"rule\": \"Pricing views\", \"detail\": \"p\", \"points\": 5}";

    @Inject
    DataSource database;

    int version;

    @BeforeEach
    void seedMarch2019() throws SQLException {
        version = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        try (Connection c = database.getConnection()) {
            for (int i = 0; i < 6; i++) {
                Instant touch = i == 0 ? OPENED.plusSeconds(9 * 3600) : OPENED.plusSeconds(3600);
                handoff(
                        c,
                        "MQL",
                        "ACCEPTED",
                        false,
                        null,
                        OPENED,
                        touch,
                        i == 5 ? "[" + DECISION_MAKER + ", " + PRICING + "]" : "[" + DECISION_MAKER + "]");
            }
            handoff(
                    c,
                    "MQL",
                    "REJECTED",
                    false,
                    "NO_BUDGET",
                    OPENED,
                    OPENED.plusSeconds(60),
                    "[" + DECISION_MAKER + ", " + PRICING + "]");
            handoff(c, "MQL", "REJECTED", false, "WRONG_PERSONA", OPENED, OPENED.plusSeconds(60), "[" + PRICING + "]");
            handoff(
                    c,
                    "MQL",
                    "RECYCLED",
                    false,
                    null,
                    OPENED,
                    OPENED.plusSeconds(60),
                    "[" + DECISION_MAKER + ", " + PRICING + "]");
            handoff(c, "MQL", "OPEN", false, null, OPENED, null, "[" + DECISION_MAKER + "]");
            handoff(c, "BELOW_THRESHOLD", "ACCEPTED", true, null, OPENED, OPENED, "[]");
            handoff(c, "MQL", "ACCEPTED", false, null, Instant.parse("2019-04-02T09:00:00Z"), OPENED, "[]");
            outcome(c, "GATED", "REJECTED", 800);
            outcome(c, "GATED", "REJECTED", 800);
            outcome(c, "BELOW_THRESHOLD", "ACCEPTED", 800);
            outcome(c, "MQL", "REJECTED", 1500);
            outcome(c, null, "REJECTED", 800);
        }
    }

    static RequestSpecification march(RequestSpecification request) {
        return request.queryParam("from", "2019-03-01").queryParam("to", "2019-03-31");
    }

    @Test
    void oneVersionsFiguresAreTheHandComputedOnes() {
        march(as("revops"))
                .queryParam("definitionVersion", version)
                .get("/api/reports/alignment")
                .then()
                .statusCode(200)
                .body("from", equalTo("2019-03-01"))
                .body("to", equalTo("2019-03-31"))
                .body("mqls", equalTo(10))
                .body("accepted", equalTo(6))
                .body("rejected", equalTo(2))
                .body("recycled", equalTo(1))
                .body("open", equalTo(1))
                .body("pulled", equalTo(1))
                .body("breached", equalTo(2))
                .body("acceptanceRate", equalTo(0.667f))
                .body("table.bothYes", equalTo(6))
                .body("table.marketingOnly", equalTo(4))
                .body("table.salesOnly", equalTo(2))
                .body("table.bothNo", equalTo(2))
                .body("table.total", equalTo(14))
                .body("agreementRate", equalTo(0.571f))
                .body("kappa", equalTo(0.087f))
                .body("benchmark.disagreementShare", equalTo(0.49f))
                .body("byDefinitionVersion", hasSize(1))
                .body("byDefinitionVersion[0].definitionVersion", equalTo(version))
                .body("byDefinitionVersion[0].kappa", equalTo(0.087f))
                .body("topRejectionReasons", hasSize(2))
                .body("topRejectionReasons[0].code", equalTo("NO_BUDGET"))
                .body("topRejectionReasons[0].count", equalTo(1))
                .body("topRejectionReasons[0].share", equalTo(0.5f))
                .body("topRejectionReasons[1].code", equalTo("WRONG_PERSONA"))
                .body("rulesOnRejected", hasSize(2))
                .body("rulesOnRejected[0].rule", equalTo("Pricing views"))
                .body("rulesOnRejected[0].kind", equalTo("ENGAGEMENT"))
                .body("rulesOnRejected[0].rejected", equalTo(3))
                .body("rulesOnRejected[0].shareOfRejected", equalTo(1.0f))
                .body("rulesOnRejected[0].shareOfAccepted", equalTo(0.143f))
                .body("rulesOnRejected[1].rule", equalTo("Decision maker"))
                .body("rulesOnRejected[1].shareOfRejected", equalTo(0.667f))
                .body("rulesOnRejected[1].shareOfAccepted", equalTo(0.857f))
                .body("definitions", hasKey("kappa"))
                .body("definitions.kappa", containsString("(p_o - p_e) / (1 - p_e)"));
    }

    @Test
    void allVersionsAddUpAndLeadsNoDefinitionScoredStandApart() {
        march(as("sales-leader"))
                .get("/api/reports/alignment")
                .then()
                .statusCode(200)
                .body("table.bothNo", equalTo(3))
                .body("table.total", equalTo(15))
                .body("agreementRate", equalTo(0.6f))
                .body("kappa", equalTo(0.182f))
                .body("byDefinitionVersion", hasSize(2))
                .body("byDefinitionVersion[0].definitionVersion", equalTo(version))
                .body("byDefinitionVersion[1].definitionVersion", nullValue())
                .body("byDefinitionVersion[1].table.bothNo", equalTo(1))
                .body("byDefinitionVersion[1].mqls", equalTo(0));
    }

    @Test
    void aSegmentOnlyCountsItsLeads() {
        march(as("marketing-leader"))
                .queryParam("definitionVersion", version)
                .queryParam("segment", "ENTERPRISE")
                .get("/api/reports/alignment")
                .then()
                .statusCode(200)
                .body("segment", equalTo("ENTERPRISE"))
                .body("mqls", equalTo(0))
                .body("table.marketingOnly", equalTo(1))
                .body("table.total", equalTo(1))
                .body("agreementRate", equalTo(0.0f))
                .body("acceptanceRate", nullValue());
    }

    @Test
    void aPeriodWithoutVerdictsHasNoRatesAndBadInputIsA400() {
        as("admin")
                .queryParam("from", "1990-01-01")
                .queryParam("to", "1990-01-31")
                .get("/api/reports/alignment")
                .then()
                .statusCode(200)
                .body("table.total", equalTo(0))
                .body("agreementRate", nullValue())
                .body("kappa", nullValue());
        as("revops")
                .queryParam("from", "March")
                .get("/api/reports/alignment")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("revops")
                .queryParam("from", "2019-03-01")
                .queryParam("to", "2019-02-01")
                .get("/api/reports/alignment")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as("revops")
                .queryParam("segment", "HUGE")
                .get("/api/reports/alignment")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("segment"));
        as("revops")
                .queryParam("to", "+999999999-12-31")
                .get("/api/reports/alignment")
                .then()
                .statusCode(400);
        as("revops")
                .queryParam("definitionVersion", 0)
                .get("/api/reports/alignment")
                .then()
                .statusCode(400);
        as("sales").get("/api/reports/alignment").then().statusCode(403);
        as("marketing").get("/api/reports/alignment").then().statusCode(403);
    }

    @Test
    void theTalliesFollowEveryChangeOfTheHandoffsAndACompactionChangesNoFigure() throws SQLException {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            // The open hand-off is answered (touched after its deadline), the accepted one touched late goes.
            s.executeUpdate("UPDATE handoff SET state = 'REJECTED', reason_code = 'DUPLICATE', actor = 'sam',"
                    + " first_touch_at = opened_at + interval '9 hours', acted_at = opened_at + interval '9 hours'"
                    + " WHERE definition_version = " + version + " AND state = 'OPEN'");
            s.executeUpdate("DELETE FROM lead WHERE id IN (SELECT lead_id FROM handoff WHERE definition_version = "
                    + version + " AND state = 'ACCEPTED' AND first_touch_at > due_at)");
            assertEquals(0, tallyDifferences(s), "tallies and deltas add up to the hand-offs");
            s.execute("SELECT alignment_compact()");
            assertEquals(0, tallyDifferences(s), "after compaction too");
        }
        march(as("revops"))
                .queryParam("definitionVersion", version)
                .get("/api/reports/alignment")
                .then()
                .statusCode(200)
                .body("mqls", equalTo(9))
                .body("accepted", equalTo(5))
                .body("rejected", equalTo(3))
                .body("open", equalTo(0))
                .body("breached", equalTo(1))
                .body("topRejectionReasons.code", hasItem("DUPLICATE"))
                // no: NO_BUDGET [DM, P], WRONG_PERSONA [P], recycled [DM, P], DUPLICATE [DM] (recorded when answered)
                // yes: 5 accepted [DM] (one also P), the pull []
                .body("rulesOnRejected[0].rule", equalTo("Decision maker"))
                .body("rulesOnRejected[0].rejected", equalTo(3))
                .body("rulesOnRejected[0].shareOfRejected", equalTo(0.75f))
                .body("rulesOnRejected[0].shareOfAccepted", equalTo(0.833f))
                .body("rulesOnRejected[1].rule", equalTo("Pricing views"))
                .body("rulesOnRejected[1].shareOfAccepted", equalTo(0.167f));
        // Whole months come from the month tallies, the days around them from the daily ones: each hand-off once.
        as("revops")
                .queryParam("from", "2019-02-28")
                .queryParam("to", "2019-04-05")
                .queryParam("definitionVersion", version)
                .get("/api/reports/alignment")
                .then()
                .statusCode(200)
                .body("mqls", equalTo(10))
                .body("accepted", equalTo(6))
                .body("rulesOnRejected[0].rejected", equalTo(3));
        as("revops")
                .queryParam("from", "2019-03-10")
                .queryParam("to", "2019-03-10")
                .queryParam("definitionVersion", version)
                .get("/api/reports/alignment")
                .then()
                .statusCode(200)
                .body("mqls", equalTo(9))
                .body("accepted", equalTo(5))
                .body("rulesOnRejected[0].rejected", equalTo(3));
    }

    @Test
    void anOpenHandoffIsBreachedOncePastItsDeadlineAndNotBefore() throws SQLException {
        Instant now = Instant.now();
        try (Connection c = database.getConnection()) {
            handoff(c, "MQL", "OPEN", false, null, now.minusSeconds(3600), null, "[]"); // due in 7 h
            handoff(c, "MQL", "OPEN", false, null, now.minusSeconds(9 * 3600), null, "[]"); // due 1 h ago
        }
        expectOpenAndBreachedSince(now, 2, 1);
        // Sales touches both now: the one past its deadline stays breached (touched late), the other never was.
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE handoff SET first_touch_at = now() WHERE definition_version = " + version
                    + " AND state = 'OPEN' AND opened_at > now() - interval '1 day'");
            assertEquals(0, tallyDifferences(s), "the open untouched tally follows the touches");
        }
        expectOpenAndBreachedSince(now, 2, 1);
    }

    /** The report of this test's version over the UTC day of {@code now} and the day before. */
    void expectOpenAndBreachedSince(Instant now, int open, int breached) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        as("revops")
                .queryParam("from", today.minusDays(1).toString())
                .queryParam("to", today.toString())
                .queryParam("definitionVersion", version)
                .get("/api/reports/alignment")
                .then()
                .statusCode(200)
                .body("open", equalTo(open))
                .body("breached", equalTo(breached));
    }

    @Test
    void theRulesAreThoseOfTheQualificationSalesJudgedNotOfALaterScoring() throws SQLException {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE lead_qualification SET explanation = '{\"rules\": []}'"
                    + " WHERE definition_version = " + version);
        }
        march(as("revops"))
                .queryParam("definitionVersion", version)
                .get("/api/reports/alignment")
                .then()
                .statusCode(200)
                .body("rulesOnRejected[0].rule", equalTo("Pricing views"))
                .body("rulesOnRejected[0].rejected", equalTo(3))
                .body("rulesOnRejected[1].rule", equalTo("Decision maker"));
    }

    static final String KEYS =
            "segment, definition_version, state, pulled, marketing_verdict, reason_code, touched_late, judged";
    static final String RULE_KEYS = "segment, definition_version, said_no, kind, rule";

    /**
     * Keys on which the daily tallies and their deltas differ from the hand-offs, and the month tallies
     * from the daily ones (hand-off and rule counts).
     */
    static long tallyDifferences(Statement s) throws SQLException {
        return differences(
                        s,
                        "SELECT d.opened_on, d." + KEYS.replace(", ", ", d.") + ", sum(d.handoffs) FROM handoff h"
                                + " CROSS JOIN LATERAL alignment_handoff_delta_of(h, 1) d GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9",
                        "SELECT opened_on, " + KEYS + ", sum(handoffs) FROM alignment_handoff_counted"
                                + " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(handoffs) <> 0")
                + differences(
                        s,
                        "SELECT d.opened_on, d." + RULE_KEYS.replace(", ", ", d.") + ", sum(d.hits) FROM handoff h"
                                + " CROSS JOIN LATERAL alignment_rule_deltas_of(h, 1) d GROUP BY 1, 2, 3, 4, 5, 6",
                        "SELECT opened_on, " + RULE_KEYS + ", sum(hits) FROM alignment_rule_counted"
                                + " GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(hits) <> 0")
                + differences(
                        s,
                        "SELECT date_trunc('month', opened_on)::date, " + KEYS + ", sum(handoffs)"
                                + " FROM alignment_handoff_tally GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9",
                        "SELECT opened_on, " + KEYS + ", handoffs FROM alignment_handoff_month")
                + differences(
                        s,
                        "SELECT date_trunc('month', opened_on)::date, " + RULE_KEYS + ", sum(hits)"
                                + " FROM alignment_rule_tally GROUP BY 1, 2, 3, 4, 5, 6",
                        "SELECT opened_on, " + RULE_KEYS + ", hits FROM alignment_rule_month")
                + differences(
                        s,
                        "SELECT (opened_at AT TIME ZONE 'UTC')::date, segment, coalesce(definition_version, 0), count(*)"
                                + " FROM handoff WHERE state = 'OPEN' AND first_touch_at IS NULL GROUP BY 1, 2, 3",
                        "SELECT opened_on, segment, definition_version, sum(handoffs) FROM (SELECT * FROM"
                                + " alignment_untouched_tally UNION ALL SELECT * FROM alignment_untouched_delta) u"
                                + " GROUP BY 1, 2, 3 HAVING sum(handoffs) <> 0");
    }

    /** How many rows one query gives that the other does not, both ways. */
    static long differences(Statement s, String one, String other) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM (((" + one + ") EXCEPT (" + other + ")) UNION ALL (("
                + other + ") EXCEPT (" + one + "))) x")) {
            r.next();
            return r.getLong(1);
        }
    }

    void handoff(
            Connection c,
            String verdict,
            String state,
            boolean pulled,
            String reason,
            Instant opened,
            Instant touched,
            String rules)
            throws SQLException {
        UUID lead = lead(c, 800);
        qualification(c, lead, verdict, rules);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO handoff (id, lead_id, state, pulled, segment,"
                        + " marketing_verdict, definition_version, opened_at, due_at, first_touch_at, acted_at, actor,"
                        + " reason_code, comment, version) VALUES (?, ?, ?, ?, 'MID_MARKET', ?, ?, ?, ?, ?, ?, ?, ?, null, 0)")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, lead);
            s.setString(3, state);
            s.setBoolean(4, pulled);
            s.setString(5, verdict);
            s.setInt(6, version);
            s.setTimestamp(7, Timestamp.from(opened));
            s.setTimestamp(8, Timestamp.from(opened.plusSeconds(8 * 3600)));
            s.setTimestamp(9, touched == null ? null : Timestamp.from(touched));
            s.setTimestamp(10, state.equals("OPEN") ? null : Timestamp.from(touched));
            s.setString(11, state.equals("OPEN") ? null : "sam");
            s.setString(12, reason);
            s.executeUpdate();
        }
    }

    void outcome(Connection c, String verdict, String salesVerdict, int companySize) throws SQLException {
        UUID lead = lead(c, companySize);
        if (verdict != null) {
            qualification(c, lead, verdict, "[]");
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lead_outcome (lead_id, sales_verdict, recorded_by,"
                + " recorded_at) VALUES (?, ?, 'crm-import', ?)")) {
            s.setObject(1, lead);
            s.setString(2, salesVerdict);
            s.setTimestamp(3, Timestamp.from(RECORDED));
            s.executeUpdate();
        }
    }

    void qualification(Connection c, UUID lead, String verdict, String rules) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lead_qualification (lead_id, definition_id,"
                + " definition_version, score, fit_points, engagement_points, verdict, explanation, scored_at)"
                + " VALUES (?, ?, ?, 50, 30, 20, ?, ?::jsonb, ?)")) {
            s.setObject(1, lead);
            s.setObject(2, UUID.randomUUID());
            s.setInt(3, version);
            s.setString(4, verdict);
            s.setString(5, "{\"rules\": " + rules + "}");
            s.setTimestamp(6, Timestamp.from(OPENED));
            s.executeUpdate();
        }
    }

    static UUID lead(Connection c, int companySize) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lead (id, email, source, company_size, budget,"
                + " authority, need, timeline, attributes, lifecycle_stage, created_at, updated_at, version)"
                + " VALUES (?, 'seed@contoso.example', 'IMPORT', ?, 'UNKNOWN', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN', '{}',"
                + " 'SAL', ?, ?, 0)")) {
            s.setObject(1, id);
            s.setInt(2, companySize);
            s.setTimestamp(3, Timestamp.from(OPENED));
            s.setTimestamp(4, Timestamp.from(OPENED));
            s.executeUpdate();
        }
        return id;
    }
}
