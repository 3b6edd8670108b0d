package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static io.revalign.lead.api.Qualifying.activate;
import static io.revalign.lead.api.Qualifying.agreed;
import static io.revalign.lead.api.Qualifying.definition;
import static io.revalign.lead.api.Qualifying.person;
import static io.revalign.lead.api.Qualifying.run;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hand-off end to end: a lead reaching MQL opens one; sales accepts, rejects, recycles or pulls;
 * each answer moves the lead through the life-cycle map, records the transition, sales' verdict and
 * the events; answers race and exactly one wins; the first-touch SLA breaches on the application's clock.
 */
@QuarkusTest
class HandoffFlowTest {

    static final String SALES = "sally@revalign.test";

    @Inject
    DataSource database;

    String run;

    /** A definition of this test's own (threshold 50): a decision maker at 500+ employees qualifies on create. */
    @BeforeEach
    void activateADefinitionOfThisTest() {
        run = run();
        Map<String, Object> body = new HashMap<>(definition(run));
        body.put("mqlThreshold", 50);
        activate(agreed(body));
    }

    String lead(String authority, int companySize) {
        return as("integration")
                .body(Map.of(
                        "email",
                        "h@contoso.example",
                        "source",
                        "WEB_FORM",
                        "companySize",
                        companySize,
                        "bant",
                        Map.of("authority", authority),
                        "attributes",
                        Map.of("run", run)))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Response handoffsOf(String leadId) {
        return as("sales").queryParam("leadId", leadId).get("/api/handoffs");
    }

    static String openHandoff(String leadId) {
        return handoffsOf(leadId)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .path("items[0].id");
    }

    static io.restassured.specification.RequestSpecification sales() {
        return person(SALES, "sales");
    }

    @Test
    void aQualifiedLeadOpensAHandoffThatSalesAccepts() throws Exception {
        String leadId = lead("DECISION_MAKER", 800);
        as("sales").get("/api/leads/" + leadId).then().body("lifecycleStage", equalTo("MQL"));
        handoffsOf(leadId)
                .then()
                .body("items[0].state", equalTo("OPEN"))
                .body("items[0].marketingVerdict", equalTo("MQL"))
                .body("items[0].segment", equalTo("MID_MARKET"))
                .body("items[0].pulled", equalTo(false))
                .body("items[0].breached", equalTo(false));
        String id = openHandoff(leadId);
        Map<String, Object> opened =
                as("sales").get("/api/handoffs/" + id).then().extract().path("");
        assertEquals(
                Instant.parse((String) opened.get("openedAt")).plus(Duration.ofHours(8)),
                Instant.parse((String) opened.get("dueAt")),
                "MID_MARKET's first touch is due within 8 hours");

        sales().body("{\"comment\": \"Call booked\"}")
                .post("/api/handoffs/" + id + "/acceptance")
                .then()
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .body("actor", equalTo(SALES))
                .body("comment", equalTo("Call booked"))
                .body("firstTouchAt", not(nullValue()));

        as("sales").get("/api/leads/" + leadId).then().body("lifecycleStage", equalTo("SAL"));
        as("revops")
                .get("/api/leads/" + leadId + "/history")
                .then()
                .statusCode(200)
                .body("lifecycleStage", equalTo("SAL"))
                .body("transitions", hasSize(2))
                .body("transitions[0].fromStage", equalTo("LEAD"))
                .body("transitions[0].toStage", equalTo("MQL"))
                .body("transitions[0].actor", equalTo("qualification"))
                .body("transitions[1].fromStage", equalTo("MQL"))
                .body("transitions[1].toStage", equalTo("SAL"))
                .body("transitions[1].actor", equalTo(SALES))
                .body("transitions[1].reason", containsString("accepted"))
                .body("handoffs", hasSize(1))
                .body("handoffs[0].state", equalTo("ACCEPTED"));
        assertEquals("ACCEPTED", salesVerdict(leadId), "sales' verdict recorded where backtests read it");
        assertEquals(
                List.of("handoff.accepted", "lead.qualified", "lead.stage_changed", "lead.stage_changed"),
                eventsAbout(leadId));

        // The outcome cannot contradict the hand-off; the deal result can still be added.
        as("sales")
                .body(Map.of("salesVerdict", "REJECTED"))
                .put("/api/leads/" + leadId + "/outcome")
                .then()
                .statusCode(409)
                .body("detail", containsString("ACCEPTED"));
        as("sales")
                .body(Map.of("salesVerdict", "ACCEPTED", "dealOutcome", "WON"))
                .put("/api/leads/" + leadId + "/outcome")
                .then()
                .statusCode(200);
    }

    @Test
    void aRejectionSendsTheLeadWhereItsReasonSaysAndAnUnknownReasonChangesNothing() throws Exception {
        String disqualified = lead("DECISION_MAKER", 800);
        String recycled = lead("DECISION_MAKER", 800);
        String first = openHandoff(disqualified);
        String second = openHandoff(recycled);

        sales().body(Map.of("reasonCode", "NO_SUCH_REASON"))
                .post("/api/handoffs/" + first + "/rejection")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reasonCode"));
        sales().body(Map.of("comment", "no reason given"))
                .post("/api/handoffs/" + first + "/rejection")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reasonCode"));
        as("sales").get("/api/handoffs/" + first).then().body("state", equalTo("OPEN"));

        sales().body(Map.of("reasonCode", "WRONG_PERSONA", "comment", "An intern"))
                .post("/api/handoffs/" + first + "/rejection")
                .then()
                .statusCode(200)
                .body("state", equalTo("REJECTED"))
                .body("reasonCode", equalTo("WRONG_PERSONA"));
        as("sales").get("/api/leads/" + disqualified).then().body("lifecycleStage", equalTo("DISQUALIFIED"));

        sales().body(Map.of("reasonCode", "NO_BUDGET"))
                .post("/api/handoffs/" + second + "/rejection")
                .then()
                .statusCode(200);
        as("sales").get("/api/leads/" + recycled).then().body("lifecycleStage", equalTo("RECYCLED"));
        assertEquals("REJECTED", salesVerdict(recycled));

        // The alignment report counts both with the rules that had fired on the qualification sales judged.
        int version = as("sales").get("/api/handoffs/" + first).then().extract().path("definitionVersion");
        as("revops")
                .queryParam("definitionVersion", version)
                .get("/api/reports/alignment")
                .then()
                .statusCode(200)
                .body("rejected", equalTo(2))
                .body("topRejectionReasons.code", containsInAnyOrder("WRONG_PERSONA", "NO_BUDGET"))
                .body("rulesOnRejected.rule", containsInAnyOrder("Decision maker", "Enterprise"))
                .body("rulesOnRejected[0].rejected", equalTo(2))
                .body("rulesOnRejected[0].shareOfRejected", equalTo(1.0f));
        assertEquals(
                List.of("handoff.rejected", "lead.qualified", "lead.stage_changed", "lead.stage_changed"),
                eventsAbout(recycled));
    }

    @Test
    void aRecycleNeedsACommentForMarketing() {
        String leadId = lead("DECISION_MAKER", 800);
        String id = openHandoff(leadId);
        sales().body("{}")
                .post("/api/handoffs/" + id + "/recycling")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("comment"));
        sales().body(Map.of("comment", "Budget opens in April"))
                .post("/api/handoffs/" + id + "/recycling")
                .then()
                .statusCode(200)
                .body("state", equalTo("RECYCLED"))
                .body("comment", equalTo("Budget opens in April"));
        as("sales").get("/api/leads/" + leadId).then().body("lifecycleStage", equalTo("RECYCLED"));
    }

    @Test
    void onlySalesAndTheSalesLeaderAnswer() {
        String id = openHandoff(lead("DECISION_MAKER", 800));
        for (String role : List.of("marketing", "marketing-leader", "revops", "admin", "integration")) {
            as(role).body("{}")
                    .post("/api/handoffs/" + id + "/acceptance")
                    .then()
                    .statusCode(403);
        }
        as("marketing")
                .body(Map.of("leadId", UUID.randomUUID()))
                .post("/api/handoffs")
                .then()
                .statusCode(403);
        as("sales-leader")
                .body("{}")
                .post("/api/handoffs/" + id + "/acceptance")
                .then()
                .statusCode(200);
    }

    @Test
    void aSecondAnswerIsA409AndARetryWithItsKeyReplaysTheFirst() {
        String id = openHandoff(lead("DECISION_MAKER", 800));
        String key = UUID.randomUUID().toString();
        sales().header("Idempotency-Key", key)
                .body("{}")
                .post("/api/handoffs/" + id + "/acceptance")
                .then()
                .statusCode(200);
        sales().header("Idempotency-Key", key)
                .body("{}")
                .post("/api/handoffs/" + id + "/acceptance")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true");
        sales().body(Map.of("reasonCode", "DUPLICATE"))
                .post("/api/handoffs/" + id + "/rejection")
                .then()
                .statusCode(409)
                .body("detail", containsString("already answered: ACCEPTED"));
        sales().post("/api/handoffs/" + id + "/first-touch").then().statusCode(409);
    }

    @Test
    void ofAnswersAtTheSameMomentExactlyOneWins() throws Exception {
        for (int round = 0; round < 3; round++) {
            String leadId = lead("DECISION_MAKER", 800);
            String id = openHandoff(leadId);
            int racers = 6;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(racers);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String path = i % 3 == 0 ? "/acceptance" : i % 3 == 1 ? "/rejection" : "/recycling";
                Object body = i % 3 == 0
                        ? Map.of()
                        : i % 3 == 1 ? Map.of("reasonCode", "BAD_TIMING") : Map.of("comment", "later");
                Callable<Integer> answer = () -> {
                    start.await();
                    return sales().body(body)
                            .post("/api/handoffs/" + id + path)
                            .then()
                            .extract()
                            .statusCode();
                };
                answers.add(pool.submit(answer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            pool.shutdown();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one winner: " + statuses);
            assertEquals(racers - 1, statuses.stream().filter(s -> s == 409).count(), "the rest 409: " + statuses);
            as("sales")
                    .get("/api/leads/" + leadId + "/history")
                    .then()
                    .body("transitions", hasSize(2))
                    .body("transitions[0].toStage", equalTo("MQL"));
            assertEquals(
                    4, eventsAbout(leadId).size(), "its qualification, two stage changes and one answer announced");
        }
    }

    @Test
    void anUntouchedHandoffBreachesItsSlaOnTheApplicationsClock() {
        Clock base = Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofDays(400));
        QuarkusMock.installMockForType(base, Clock.class);
        String untouched = lead("DECISION_MAKER", 1500); // ENTERPRISE: 4 hours
        String touched = lead("DECISION_MAKER", 1500);
        String untouchedId = openHandoff(untouched);
        String touchedId = openHandoff(touched);
        sales().post("/api/handoffs/" + touchedId + "/first-touch")
                .then()
                .statusCode(200)
                .body("firstTouchAt", not(nullValue()));

        QuarkusMock.installMockForType(Clock.offset(base, Duration.ofHours(3)), Clock.class);
        breaches().then().body("items.id", not(hasItem(untouchedId)));

        QuarkusMock.installMockForType(Clock.offset(base, Duration.ofHours(5)), Clock.class);
        breaches()
                .then()
                .statusCode(200)
                .body("items.id", hasItem(untouchedId))
                .body("items.id", not(hasItem(touchedId)));
        as("sales").get("/api/handoffs/" + untouchedId).then().body("breached", equalTo(true));
        as("sales").get("/api/handoffs/" + touchedId).then().body("breached", equalTo(false));
        as("sales")
                .queryParam("state", "OPEN")
                .queryParam("breached", "false")
                .queryParam("limit", 500)
                .get("/api/handoffs")
                .then()
                .body("items.id", hasItem(touchedId))
                .body("items.id", not(hasItem(untouchedId)));
        as("sales")
                .queryParam("breached", "maybe")
                .get("/api/handoffs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("breached"));
    }

    static Response breaches() {
        return as("sales-leader")
                .queryParam("state", "OPEN")
                .queryParam("breached", "true")
                .queryParam("limit", 500)
                .get("/api/handoffs");
    }

    @Test
    void salesPullsALeadTheDefinitionDidNotQualify() throws Exception {
        String leadId = lead("NONE", 800); // 20 points: below the threshold
        as("sales").get("/api/leads/" + leadId).then().body("lifecycleStage", equalTo("LEAD"));
        handoffsOf(leadId).then().body("items", hasSize(0));

        String location = sales().body(Map.of("leadId", leadId, "comment", "Met their CFO"))
                .post("/api/handoffs")
                .then()
                .statusCode(201)
                .body("pulled", equalTo(true))
                .body("state", equalTo("ACCEPTED"))
                .body("marketingVerdict", equalTo("BELOW_THRESHOLD"))
                .extract()
                .header("Location");
        as("sales").get(URI(location)).then().statusCode(200).body("pulled", equalTo(true));
        as("sales")
                .get("/api/leads/" + leadId + "/history")
                .then()
                .body("lifecycleStage", equalTo("SAL"))
                .body("transitions.toStage", equalTo(List.of("MQL", "SAL")))
                .body("transitions[0].actor", equalTo(SALES));
        assertEquals("ACCEPTED", salesVerdict(leadId));

        String qualified = lead("DECISION_MAKER", 800);
        sales().body(Map.of("leadId", qualified))
                .post("/api/handoffs")
                .then()
                .statusCode(409)
                .body("detail", containsString("open already"));
        sales().body(Map.of("leadId", UUID.randomUUID()))
                .post("/api/handoffs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("leadId"));
    }

    static String URI(String location) {
        return java.net.URI.create(location).getPath();
    }

    @Test
    void onlyMovesTheMapAllowsHappenAndTheRefusalNamesTheAllowedOnes() throws Exception {
        String leadId = lead("NONE", 800);
        as("sales")
                .body(Map.of("toStage", "CUSTOMER", "reason", "signed"))
                .post("/api/leads/" + leadId + "/transitions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("does not allow LEAD → CUSTOMER"))
                .body("detail", containsString("[MQL, DISQUALIFIED]"));
        as("sales").get("/api/leads/" + leadId + "/history").then().body("transitions", hasSize(0));
        assertEquals(List.of(), eventsAbout(leadId), "a refused move announces nothing");

        // A person moving a lead into MQL opens its hand-off; it then leaves MQL only through the hand-off.
        as("marketing")
                .body(Map.of("toStage", "MQL", "reason", "Asked for a call at the booth"))
                .post("/api/leads/" + leadId + "/transitions")
                .then()
                .statusCode(201)
                .body("fromStage", equalTo("LEAD"))
                .body("toStage", equalTo("MQL"))
                .body("actor", not(nullValue()));
        String id = openHandoff(leadId);
        handoffsOf(leadId).then().body("items[0].marketingVerdict", equalTo("BELOW_THRESHOLD"));
        as("sales")
                .body(Map.of("toStage", "SAL", "reason", "skip the hand-off"))
                .post("/api/leads/" + leadId + "/transitions")
                .then()
                .statusCode(409)
                .body("detail", containsString(id));

        sales().body("{}").post("/api/handoffs/" + id + "/acceptance").then().statusCode(200);
        as("sales")
                .body(Map.of("toStage", "SQL", "reason", "Discovery call confirmed a project"))
                .post("/api/leads/" + leadId + "/transitions")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/leads/" + leadId + "/history"));
        as("sales")
                .body(Map.of("toStage", "MQL", "reason", "back"))
                .post("/api/leads/" + leadId + "/transitions")
                .then()
                .statusCode(409)
                .body("detail", containsString("from SQL a lead may move to [OPPORTUNITY, RECYCLED]"));
        as("sales")
                .body(Map.of("toStage", "NOT_A_STAGE", "reason", "x"))
                .post("/api/leads/" + leadId + "/transitions")
                .then()
                .statusCode(400);
        as("sales")
                .get("/api/leads/" + leadId + "/history")
                .then()
                .body("transitions.toStage", equalTo(List.of("MQL", "SAL", "SQL")));
    }

    String salesVerdict(String leadId) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT sales_verdict FROM lead_outcome WHERE lead_id = ?")) {
            s.setObject(1, UUID.fromString(leadId));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** The events written about a lead after it was created, by type. */
    List<String> eventsAbout(String leadId) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT type FROM outbox_event WHERE type <> 'lead.created'"
                        + " AND (payload -> 'data' ->> 'leadId') = ? ORDER BY type")) {
            s.setString(1, leadId);
            List<String> types = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    types.add(r.getString(1));
                }
            }
            return types;
        }
    }
}
