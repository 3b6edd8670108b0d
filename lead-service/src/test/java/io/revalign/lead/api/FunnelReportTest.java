package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static io.revalign.lead.api.FunnelHistory.after;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.revalign.lead.service.FunnelReports;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The funnel report against figures computed by hand on a small seeded history. */
@QuarkusTest
class FunnelReportTest {

    private static final int LEAD = 1;
    private static final int MQL = 2;
    private static final int SAL = 3;
    private static final int SQL = 4;
    private static final int RECYCLED = 7;
    private static final int DISQUALIFIED = 8;

    @Inject
    DataSource database;

    @Inject
    FunnelReports reports;

    private FunnelHistory history;

    @BeforeEach
    void history() {
        history = new FunnelHistory(database);
    }

    @AfterEach
    void deleteTheLeads() {
        history.deleteLeads();
    }

    /**
     * Six leads, five created in month M and one (F) in M+1; time in stage is whole hours under 48 h, whole
     * days (in hours) from 48 h on.
     *
     * <pre>
     * lead size  segment     history (hours in stage)
     * A    50    SMB         LEAD 10h59m → MQL 5h → SAL 100h (4 days: 96) → SQL (open)
     * B    20    SMB         LEAD 20h → MQL 30h → RECYCLED 40h → MQL (open)   (the last two in one statement)
     * C    5000  ENTERPRISE  LEAD 30h → MQL 15h → SAL (open)
     * D    2000  ENTERPRISE  LEAD 40h → DISQUALIFIED (open)
     * E    500   MID_MARKET  LEAD (open)
     * F    10    SMB         LEAD 50h (2 days: 48) → MQL (open)        created in M+1
     *
     * total        entered converted rate   exited still median p90
     * LEAD         6       4         0.6667 5      1     30     48    (10 20 30 40 48)
     * MQL          5       2         0.4    3      2     15     30    (5 15 30)
     * SAL          2       1         0.5    1      1     96     96
     * SQL          1       0         0.0    0      1     -      -
     * RECYCLED     1       1         1.0    1      0     40     40    (RECYCLED → MQL converts)
     * DISQUALIFIED 1       0         0.0    0      1     -      -
     * month M:   LEAD 5 entered, 3 converted, 0.6, median 20 (10 20 30 40), p90 40
     * month M+1: LEAD 1, 1, 1.0, median 48; MQL 1 entered, still 1
     * SMB: LEAD 3, 3, 1.0, median 20 (10 20 48), p90 48; ENTERPRISE: LEAD 2, 1, 0.5, median 30, p90 40
     * MID_MARKET: LEAD 1 entered, 0 converted, rate 0.0, no median; UNKNOWN: nothing
     * </pre>
     */
    private YearMonth seedSixLeads() {
        YearMonth m = FunnelHistory.unusedMonth();
        Instant t = FunnelHistory.start(m).plusSeconds(3600);
        UUID a = history.lead(t, 50);
        history.move(a, "LEAD", "MQL", after(t, 10 * 60 + 59));
        history.move(a, "MQL", "SAL", after(t, 15 * 60 + 59));
        history.move(a, "SAL", "SQL", after(t, 115 * 60 + 59));
        UUID b = history.lead(t, 20);
        history.move(b, "LEAD", "MQL", after(t, 20 * 60));
        history.moveTwice(
                b,
                new String[] {"RECYCLED", "MQL"},
                after(t, 90 * 60),
                new String[] {"MQL", "RECYCLED"},
                after(t, 50 * 60));
        UUID c = history.lead(t, 5000);
        history.move(c, "LEAD", "MQL", after(t, 30 * 60));
        history.move(c, "MQL", "SAL", after(t, 45 * 60));
        UUID d = history.lead(t, 2000);
        history.move(d, "LEAD", "DISQUALIFIED", after(t, 40 * 60));
        history.lead(t, 500);
        Instant next = FunnelHistory.start(m.plusMonths(1)).plusSeconds(60);
        UUID f = history.lead(next, 10);
        history.move(f, "LEAD", "MQL", after(next, 50 * 60));
        return m;
    }

    private static ValidatableResponse funnel(YearMonth from, YearMonth to, String groupBy) {
        var request = as("revops").queryParam("from", from.toString()).queryParam("to", to.toString());
        if (groupBy != null) {
            request.queryParam("groupBy", groupBy);
        }
        return request.get("/api/reports/funnel").then().statusCode(200);
    }

    /** Asserts one stage's figures at {@code path} (e.g. total[1]). */
    private static void stage(
            ValidatableResponse report,
            String path,
            String stage,
            int entered,
            int converted,
            Float rate,
            int exited,
            Integer median,
            Integer p90) {
        report.body(path + ".stage", equalTo(stage))
                .body(path + ".entered", equalTo(entered))
                .body(path + ".converted", equalTo(converted))
                .body(path + ".conversionRate", rate == null ? nullValue() : equalTo(rate))
                .body(path + ".exited", equalTo(exited))
                .body(path + ".stillInStage", equalTo(entered - exited))
                .body(path + ".medianHours", median == null ? nullValue() : equalTo(median))
                .body(path + ".p90Hours", p90 == null ? nullValue() : equalTo(p90));
    }

    @Test
    void totalsMatchTheHandComputedHistory() {
        YearMonth m = seedSixLeads();
        ValidatableResponse report = funnel(m, m.plusMonths(1), null)
                .body("from", equalTo(m.toString()))
                .body("to", equalTo(m.plusMonths(1).toString()))
                .body("groupBy", nullValue())
                .body("groups", hasSize(0))
                .body("total", hasSize(9))
                .body("definitions.medianHours", org.hamcrest.Matchers.containsString("percentile_disc 0.5"));
        stage(report, "total[0]", "SUBSCRIBER", 0, 0, null, 0, null, null);
        stage(report, "total[" + LEAD + "]", "LEAD", 6, 4, 0.6667f, 5, 30, 48);
        stage(report, "total[" + MQL + "]", "MQL", 5, 2, 0.4f, 3, 15, 30);
        stage(report, "total[" + SAL + "]", "SAL", 2, 1, 0.5f, 1, 96, 96);
        stage(report, "total[" + SQL + "]", "SQL", 1, 0, 0.0f, 0, null, null);
        stage(report, "total[" + RECYCLED + "]", "RECYCLED", 1, 1, 1.0f, 1, 40, 40);
        stage(report, "total[" + DISQUALIFIED + "]", "DISQUALIFIED", 1, 0, 0.0f, 0, null, null);
        // One month alone leaves F (created in M+1) out.
        stage(funnel(m, m, null), "total[" + LEAD + "]", "LEAD", 5, 3, 0.6f, 4, 20, 40);
    }

    @Test
    void monthlyCohortsSplitByTheMonthTheLeadEntered() {
        YearMonth m = seedSixLeads();
        ValidatableResponse report = funnel(m.minusMonths(1), m.plusMonths(1), "month")
                .body("groupBy", equalTo("month"))
                .body("groups", hasSize(3))
                .body("groups[0].key", equalTo(m.minusMonths(1).toString()))
                .body("groups[1].key", equalTo(m.toString()))
                .body("groups[2].key", equalTo(m.plusMonths(1).toString()));
        stage(report, "groups[0].stages[" + LEAD + "]", "LEAD", 0, 0, null, 0, null, null);
        stage(report, "groups[1].stages[" + LEAD + "]", "LEAD", 5, 3, 0.6f, 4, 20, 40);
        stage(report, "groups[1].stages[" + MQL + "]", "MQL", 4, 2, 0.5f, 3, 15, 30);
        stage(report, "groups[2].stages[" + LEAD + "]", "LEAD", 1, 1, 1.0f, 1, 48, 48);
        stage(report, "groups[2].stages[" + MQL + "]", "MQL", 1, 0, 0.0f, 0, null, null);
        stage(report, "total[" + LEAD + "]", "LEAD", 6, 4, 0.6667f, 5, 30, 48);
    }

    @Test
    void segmentsAreTheCompanySizeBands() {
        YearMonth m = seedSixLeads();
        ValidatableResponse report = funnel(m, m.plusMonths(1), "segment")
                .body("groups", hasSize(4))
                .body("groups[0].key", equalTo("SMB"))
                .body("groups[1].key", equalTo("MID_MARKET"))
                .body("groups[2].key", equalTo("ENTERPRISE"))
                .body("groups[3].key", equalTo("UNKNOWN"));
        stage(report, "groups[0].stages[" + LEAD + "]", "LEAD", 3, 3, 1.0f, 3, 20, 48);
        stage(report, "groups[1].stages[" + LEAD + "]", "LEAD", 1, 0, 0.0f, 0, null, null);
        stage(report, "groups[2].stages[" + LEAD + "]", "LEAD", 2, 1, 0.5f, 2, 30, 40);
        stage(report, "groups[2].stages[" + DISQUALIFIED + "]", "DISQUALIFIED", 1, 0, 0.0f, 0, null, null);
        stage(report, "groups[3].stages[" + LEAD + "]", "LEAD", 0, 0, null, 0, null, null);
    }

    @Test
    void compactionAndARebuildFromTheHistoriesLeaveTheFiguresAsTheyWere() {
        YearMonth m = seedSixLeads();
        String before = funnel(m, m.plusMonths(1), "segment").extract().asString();
        reports.compact();
        assertEquals(
                0,
                new FunnelHistory(database)
                        .count("SELECT count(*) FROM funnel_exit_delta WHERE cohort_month = ?", m.atDay(1)));
        assertEquals(before, funnel(m, m.plusMonths(1), "segment").extract().asString());
        history.update("SELECT funnel_rebuild()");
        assertEquals(before, funnel(m, m.plusMonths(1), "segment").extract().asString());
    }

    @Test
    void aDeletedLeadLeavesTheFunnel() {
        YearMonth m = FunnelHistory.unusedMonth();
        Instant t = FunnelHistory.start(m);
        UUID kept = history.lead(t, 50);
        history.move(kept, "LEAD", "MQL", after(t, 60));
        UUID deleted = history.lead(t, 50);
        history.move(deleted, "LEAD", "MQL", after(t, 600));
        reports.compact();
        stage(funnel(m, m, null), "total[" + LEAD + "]", "LEAD", 2, 2, 1.0f, 2, 1, 10);
        history.update("DELETE FROM lead WHERE id = ?", deleted);
        stage(funnel(m, m, null), "total[" + LEAD + "]", "LEAD", 1, 1, 1.0f, 1, 1, 1);
        stage(funnel(m, m, null), "total[" + MQL + "]", "MQL", 1, 0, 0.0f, 0, null, null);
    }

    /** Medians and p90 of a random history equal PostgreSQL's percentile_disc over the stays themselves. */
    @Test
    void percentilesEqualPercentileDiscOverEveryStay() {
        YearMonth m = FunnelHistory.unusedMonth();
        Instant t = FunnelHistory.start(m);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 60; i++) {
            UUID lead = history.lead(after(t, random.nextInt(60 * 24 * 20)), random.nextInt(3000));
            Instant at = t.plusSeconds(60L * 24 * 60 * 21);
            String stage = "LEAD";
            for (String next : List.of("MQL", "SAL", "SQL")) {
                if (random.nextInt(4) == 0) {
                    break;
                }
                at = at.plusSeconds(random.nextLong(1, 3600L * 24 * 30));
                history.move(lead, stage, next, at);
                stage = next;
            }
        }
        ValidatableResponse report = funnel(m, m, null);
        for (Map.Entry<Integer, String> stage :
                Map.of(LEAD, "LEAD", MQL, "MQL", SAL, "SAL").entrySet()) {
            for (var percentile :
                    Map.of("medianHours", "0.5", "p90Hours", "0.9").entrySet()) {
                long expected = history.count(
                        "SELECT coalesce(percentile_disc(" + percentile.getValue()
                                + ") WITHIN GROUP (ORDER BY hours), -1)"
                                + " FROM funnel_stay_exit WHERE cohort_month = ? AND stage = ?",
                        m.atDay(1),
                        stage.getValue());
                Integer actual = report.extract().path("total[" + stage.getKey() + "]." + percentile.getKey());
                assertEquals(expected, actual == null ? -1 : actual.longValue(), stage.getValue() + " " + percentile);
            }
        }
    }

    @Test
    void aLeadCreatedThroughTheApiEntersItsSegmentsCohort() {
        YearMonth now = YearMonth.now(java.time.ZoneOffset.UTC);
        int before = enterprise(now);
        as("marketing")
                .body("{\"email\": \"funnel@contoso.example\", \"source\": \"WEB_FORM\", \"companySize\": 4200}")
                .post("/api/leads")
                .then()
                .statusCode(201);
        assertEquals(before + 1, enterprise(now));
    }

    private static int enterprise(YearMonth month) {
        return funnel(month, month, "segment").extract().path("groups[2].stages[" + LEAD + "].entered");
    }

    @Test
    void badParametersAre400NamingTheField() {
        refused(Map.of("from", "2026-13"), "from", "must be a month as YYYY-MM, e.g. 2026-01");
        refused(Map.of("from", "2026-1"), "from", "must be a month as YYYY-MM, e.g. 2026-01");
        refused(Map.of("to", "next month"), "to", "must be a month as YYYY-MM, e.g. 2026-01");
        refused(Map.of("from", "2026-05", "to", "2026-04"), "to", "must not be before from (2026-05)");
        refused(Map.of("from", "2000-01", "to", "2026-04"), "to", "a report covers at most 120 months from 2000-01");
        refused(Map.of("groupBy", "week"), "groupBy", "must be one of: month, segment");
    }

    private static void refused(Map<String, String> query, String field, String message) {
        as("revops")
                .queryParams(query)
                .get("/api/reports/funnel")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void sellersAndAnonymousCallersAreRefused() {
        as("seller").get("/api/reports/funnel").then().statusCode(403);
        io.revalign.common.testing.Api.anonymous()
                .get("/api/reports/funnel")
                .then()
                .statusCode(401);
    }
}
