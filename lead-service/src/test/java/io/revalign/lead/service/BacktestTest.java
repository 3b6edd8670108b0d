package io.revalign.lead.service;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.lead.api.Qualifying;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A backtest over seven leads whose figures are computed by hand below. */
@QuarkusTest
class BacktestTest {

    @Inject
    QualificationJobs jobs;

    /**
     * Candidate: threshold 60; baseline (active): threshold 30. Points: decision maker 30, 500+ employees 20,
     * a demo request an hour old ~39.9.
     *
     * <pre>
     * lead  DM  size demo  cand score/MQL  base MQL  outcome
     * 1     y   800  y     89.9  MQL      MQL       ACCEPTED WON
     * 2     y   800  n     50    -        MQL       REJECTED -
     * 3     n   100  y     39.9  -        MQL       ACCEPTED LOST
     * 4     y   100  y     69.9  MQL      MQL       ACCEPTED LOST
     * 5     n   800  n     20    -        -         -        WON
     * 6     y   900  y     89.9  MQL      MQL       ACCEPTED WON
     * 7     y   800  y     89.9  MQL      MQL       REJECTED -
     * 8     y   800  y     (no outcome: not in the backtest)
     * candidate: MQL 4; acceptance 3/4 = 0.75; win 2/3 = 0.6667; precision 2/4 = 0.5; recall 2/3 = 0.6667
     * baseline:  MQL 6; acceptance 4/6 = 0.6667; win 2/4 = 0.5; precision 2/6 = 0.3333; recall 2/3 = 0.6667
     * </pre>
     */
    @Test
    void figuresMatchAHandComputedSet() {
        String run = Qualifying.run();
        String industry = "bt-" + run;
        Map<String, Object> baseline = new HashMap<>(Qualifying.definition(run));
        baseline.put("mqlThreshold", 30);
        Qualifying.activate(Qualifying.agreed(baseline));
        String candidate = Qualifying.create(Qualifying.definition(run));

        lead(industry, run, true, 800, true, "ACCEPTED", "WON");
        lead(industry, run, true, 800, false, "REJECTED", null);
        lead(industry, run, false, 100, true, "ACCEPTED", "LOST");
        lead(industry, run, true, 100, true, "ACCEPTED", "LOST");
        lead(industry, run, false, 800, false, null, "WON");
        lead(industry, run, true, 900, true, "ACCEPTED", "WON");
        lead(industry, run, true, 800, true, "REJECTED", null);
        lead(industry, run, true, 800, true, null, null);

        String job = Qualifying.mia()
                .body(Map.of("industry", industry))
                .post("/api/qualification/definitions/" + candidate + "/backtest")
                .then()
                .statusCode(202)
                .body("kind", equalTo("BACKTEST"))
                .body("total", equalTo(7))
                .extract()
                .path("id");
        jobs.work(UUID.fromString(job), Integer.MAX_VALUE);
        as("sales-leader")
                .get("/api/qualification/jobs/" + job)
                .then()
                .statusCode(200)
                .body("state", equalTo("SUCCEEDED"))
                .body("done", equalTo(7))
                .body("backtest.candidate.definitionId", equalTo(candidate))
                .body("backtest.candidate.metrics.population", equalTo(7))
                .body("backtest.candidate.metrics.mqlVolume", equalTo(4))
                .body("backtest.candidate.metrics.acceptanceRate", equalTo(0.75f))
                .body("backtest.candidate.metrics.winRate", equalTo(0.6667f))
                .body("backtest.candidate.metrics.precision", equalTo(0.5f))
                .body("backtest.candidate.metrics.recall", equalTo(0.6667f))
                .body("backtest.baseline.metrics.population", equalTo(7))
                .body("backtest.baseline.metrics.mqlVolume", equalTo(6))
                .body("backtest.baseline.metrics.acceptanceRate", equalTo(0.6667f))
                .body("backtest.baseline.metrics.winRate", equalTo(0.5f))
                .body("backtest.baseline.metrics.precision", equalTo(0.3333f))
                .body("backtest.baseline.metrics.recall", equalTo(0.6667f));
    }

    @Test
    void anOutcomeNeedsAVerdictOrADealAndWritesNothingOtherwise() {
        String id = as("integration")
                .body(Map.of("email", "o@contoso.example", "source", "WEB_FORM"))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("integration")
                .body(Map.of())
                .put("/api/leads/" + id + "/outcome")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("integration")
                .body(Map.of("salesVerdict", "MAYBE"))
                .put("/api/leads/" + id + "/outcome")
                .then()
                .statusCode(400);
        as("integration")
                .body(Map.of("dealOutcome", "WON"))
                .put("/api/leads/" + UUID.randomUUID() + "/outcome")
                .then()
                .statusCode(404);
        as("marketing")
                .body(Map.of("dealOutcome", "WON"))
                .put("/api/leads/" + id + "/outcome")
                .then()
                .statusCode(403);
        Qualifying.mia()
                .body(Map.of("createdFrom", "2026-02-01T00:00:00Z", "createdTo", "2026-01-01T00:00:00Z"))
                .post("/api/qualification/definitions/" + UUID.randomUUID() + "/backtest")
                .then()
                .statusCode(400);
    }

    private static void lead(
            String industry, String run, boolean decisionMaker, int size, boolean demo, String verdict, String deal) {
        String id = as("integration")
                .body(Map.of(
                        "email",
                        "bt@contoso.example",
                        "source",
                        "WEB_FORM",
                        "industry",
                        industry,
                        "companySize",
                        size,
                        "bant",
                        Map.of("authority", decisionMaker ? "DECISION_MAKER" : "NONE"),
                        "attributes",
                        Map.of("run", run)))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        if (demo) {
            as("integration")
                    .body(Map.of(
                            "type",
                            "DEMO_REQUEST",
                            "occurredAt",
                            Instant.now().minus(1, ChronoUnit.HOURS).toString()))
                    .post("/api/leads/" + id + "/activities")
                    .then()
                    .statusCode(201);
        }
        if (verdict != null || deal != null) {
            Map<String, Object> outcome = new HashMap<>();
            if (verdict != null) {
                outcome.put("salesVerdict", verdict);
            }
            if (deal != null) {
                outcome.put("dealOutcome", deal);
            }
            as("integration")
                    .body(outcome)
                    .put("/api/leads/" + id + "/outcome")
                    .then()
                    .statusCode(200);
        }
    }
}
