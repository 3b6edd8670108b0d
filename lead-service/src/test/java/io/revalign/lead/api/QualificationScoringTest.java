package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static io.revalign.lead.api.Qualifying.activate;
import static io.revalign.lead.api.Qualifying.agreed;
import static io.revalign.lead.api.Qualifying.definition;
import static io.revalign.lead.api.Qualifying.run;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring on create, update and activity; the explanation; the move to MQL through the life-cycle map. */
@QuarkusTest
class QualificationScoringTest {

    static Map<String, Object> lead(String run, String authority, int size) {
        return Map.of(
                "email",
                "q@contoso.example",
                "source",
                "WEB_FORM",
                "companySize",
                size,
                "bant",
                Map.of("authority", authority),
                "attributes",
                Map.of("run", run));
    }

    @Test
    void aLeadIsScoredOnCreateExplainedAndMovedToMqlByActivity() {
        String run = run();
        String definitionId = agreed(definition(run));
        activate(definitionId);
        int version = as("sales")
                .get("/api/qualification/definitions/" + definitionId)
                .then()
                .extract()
                .path("version");
        String id = as("integration")
                .body(lead(run, "DECISION_MAKER", 800))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .body("lifecycleStage", equalTo("LEAD"))
                .extract()
                .path("id");
        as("sales")
                .get("/api/leads/" + id + "/qualification")
                .then()
                .statusCode(200)
                .body("definitionId", equalTo(definitionId))
                .body("definitionVersion", equalTo(version))
                .body("fitPoints", equalTo(50.0f))
                .body("engagementPoints", equalTo(0.0f))
                .body("score", equalTo(50.0f))
                .body("threshold", equalTo(60))
                .body("verdict", equalTo("BELOW_THRESHOLD"))
                .body("rules", hasSize(2))
                .body("rules[0].kind", equalTo("FIT"))
                .body("rules[0].rule", equalTo("Decision maker"))
                .body("rules[0].points", equalTo(30.0f))
                .body("rules[1].rule", equalTo("Enterprise"))
                .body("rules[1].detail", equalTo("companySize in [500, +inf]"))
                .body("gates[0].gate", equalTo("This run"))
                .body("gates[0].passed", equalTo(true));
        String etag = as("sales").get("/api/leads/" + id).then().extract().header("ETag");

        // A demo request ten days old is worth half its 40 points (half-life 10 days): 50 + 20 = 70 >= 60.
        as("integration")
                .body(Map.of(
                        "type",
                        "DEMO_REQUEST",
                        "occurredAt",
                        Instant.now().minus(10, ChronoUnit.DAYS).toString()))
                .post("/api/leads/" + id + "/activities")
                .then()
                .statusCode(201);
        as("sales")
                .get("/api/leads/" + id + "/qualification")
                .then()
                .statusCode(200)
                .body("lifecycleStage", equalTo("MQL"))
                .body("verdict", equalTo("MQL"))
                .body("engagementPoints", both(greaterThan(19.95f)).and(lessThan(20.05f)))
                .body("score", both(greaterThan(69.95f)).and(lessThan(70.05f)))
                .body("rules[2].kind", equalTo("ENGAGEMENT"))
                .body("rules[2].detail", containsString("1 × DEMO_REQUEST in 30 days"));
        as("sales")
                .get("/api/leads/" + id)
                .then()
                .body("lifecycleStage", equalTo("MQL"))
                .header("ETag", not(equalTo(etag)));
        as("sales")
                .get("/api/leads/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].fromStage", equalTo("LEAD"))
                .body("[0].toStage", equalTo("MQL"))
                .body("[0].actor", equalTo("qualification"))
                .body("[0].definitionVersion", equalTo(version))
                .body("[0].reason", containsString("version " + version));
    }

    @Test
    void theLeadShowsItsScoreInBriefWhereverItIsAnswered() {
        String run = run();
        String definitionId = agreed(definition(run));
        activate(definitionId);
        int version = as("sales")
                .get("/api/qualification/definitions/" + definitionId)
                .then()
                .extract()
                .path("version");
        String id = as("integration")
                .body(lead(run, "DECISION_MAKER", 800))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .body("qualification.score", equalTo(50.0f))
                .body("qualification.verdict", equalTo("BELOW_THRESHOLD"))
                .body("qualification.definitionVersion", equalTo(version))
                .extract()
                .path("id");
        as("integration")
                .body(Map.of(
                        "type",
                        "DEMO_REQUEST",
                        "occurredAt",
                        Instant.now().minus(10, ChronoUnit.DAYS).toString()))
                .post("/api/leads/" + id + "/activities")
                .then()
                .statusCode(201);
        String etag = as("sales")
                .get("/api/leads/" + id)
                .then()
                .statusCode(200)
                .body("qualification.verdict", equalTo("MQL"))
                .body("qualification.score", both(greaterThan(69.95f)).and(lessThan(70.05f)))
                .body("qualification.definitionVersion", equalTo(version))
                .body("qualification.scoredAt", not(equalTo(null)))
                .extract()
                .header("ETag");
        as("sales")
                .queryParam("email", "q@contoso.example")
                .queryParam("limit", 500)
                .get("/api/leads")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + id + "' }.qualification.verdict", equalTo("MQL"));
        as("integration")
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("companySize", 10))
                .patch("/api/leads/" + id)
                .then()
                .statusCode(200)
                .body("qualification.verdict", equalTo("BELOW_THRESHOLD"))
                .body("qualification.score", both(greaterThan(49.95f)).and(lessThan(50.05f)));
    }

    @Test
    void aFailedGateKeepsALeadOutOfMqlWhateverItsPointsAndAnUpdateRescores() {
        String run = run();
        activate(agreed(definition(run)));
        // No run attribute: the gate fails.
        String id = as("integration")
                .body(Map.of(
                        "email",
                        "g@contoso.example",
                        "source",
                        "WEB_FORM",
                        "companySize",
                        900,
                        "bant",
                        Map.of("authority", "DECISION_MAKER")))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (int i = 0; i < 3; i++) {
            as("integration")
                    .body(Map.of(
                            "type", "DEMO_REQUEST", "occurredAt", Instant.now().toString()))
                    .post("/api/leads/" + id + "/activities")
                    .then()
                    .statusCode(201);
        }
        as("sales")
                .get("/api/leads/" + id + "/qualification")
                .then()
                .body("score", equalTo(100.0f))
                .body("verdict", equalTo("GATED"))
                .body("gates[0].passed", equalTo(false))
                .body("lifecycleStage", equalTo("LEAD"));
        // The update that brings the attribute re-scores the lead: now an MQL.
        String etag = as("sales").get("/api/leads/" + id).then().extract().header("ETag");
        as("integration")
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("attributes", Map.of("run", run)))
                .patch("/api/leads/" + id)
                .then()
                .statusCode(200)
                .body("lifecycleStage", equalTo("MQL"));
        as("sales").get("/api/leads/" + id + "/qualification").then().body("verdict", equalTo("MQL"));
    }

    @Test
    void anMqlEntryCriterionOfTheActiveMapHoldsBackLeadsThatMissIt() {
        String run = run();
        activate(agreed(definition(run)));
        io.restassured.path.json.JsonPath before = as("sales")
                .get("/api/lifecycle/maps/active")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String map = Qualifying.mia()
                .body(Map.of(
                        "name", "MQL needs a country " + run,
                        "stages",
                                java.util.List.of(
                                        Map.of("stage", "LEAD", "description", "worked by marketing"),
                                        Map.of(
                                                "stage",
                                                "MQL",
                                                "description",
                                                "qualified",
                                                "entryCriteria",
                                                java.util.List.of(
                                                        Map.of("attribute", "country", "operator", "EXISTS"))),
                                        Map.of("stage", "SAL", "description", "accepted")),
                        "transitions",
                                java.util.List.of(
                                        Map.of("from", "LEAD", "to", "MQL"), Map.of("from", "MQL", "to", "SAL"))))
                .post("/api/lifecycle/maps")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract()
                .path("id");
        Qualifying.mia()
                .body("{}")
                .post("/api/lifecycle/maps/" + map + "/submissions")
                .then()
                .statusCode(200);
        Qualifying.mia()
                .body("{}")
                .post("/api/lifecycle/maps/" + map + "/approvals")
                .then()
                .statusCode(200);
        Qualifying.sam()
                .body("{}")
                .post("/api/lifecycle/maps/" + map + "/approvals")
                .then()
                .statusCode(200)
                .body("status", equalTo("AGREED"));
        Qualifying.sam()
                .post("/api/lifecycle/maps/" + map + "/activation")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as("seller").get("/api/lifecycle/maps/active").then().statusCode(200).body("id", equalTo(map));
        try {
            Map<String, Object> noCountry = new java.util.HashMap<>(lead(run, "DECISION_MAKER", 900));
            String held = as("integration")
                    .body(noCountry)
                    .post("/api/leads")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as("integration")
                    .body(Map.of(
                            "type", "DEMO_REQUEST", "occurredAt", Instant.now().toString()))
                    .post("/api/leads/" + held + "/activities")
                    .then()
                    .statusCode(201);
            as("sales")
                    .get("/api/leads/" + held + "/qualification")
                    .then()
                    .body("verdict", equalTo("MQL"))
                    .body("lifecycleStage", equalTo("LEAD"));
            noCountry.put("country", "DE");
            String moved = as("integration")
                    .body(noCountry)
                    .post("/api/leads")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as("integration")
                    .body(Map.of(
                            "type", "DEMO_REQUEST", "occurredAt", Instant.now().toString()))
                    .post("/api/leads/" + moved + "/activities")
                    .then()
                    .statusCode(201);
            as("sales").get("/api/leads/" + moved + "/qualification").then().body("lifecycleStage", equalTo("MQL"));
        } finally {
            // Put the map that was in force back, as a new version, for the other tests.
            String standard = Qualifying.mia()
                    .body(Map.of(
                            "name",
                            "restored " + run,
                            "stages",
                            before.getList("stages"),
                            "transitions",
                            before.getList("transitions")))
                    .post("/api/lifecycle/maps")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Qualifying.mia()
                    .body("{}")
                    .post("/api/lifecycle/maps/" + standard + "/submissions")
                    .then()
                    .statusCode(200);
            Qualifying.mia()
                    .body("{}")
                    .post("/api/lifecycle/maps/" + standard + "/approvals")
                    .then()
                    .statusCode(200);
            Qualifying.sam()
                    .body("{}")
                    .post("/api/lifecycle/maps/" + standard + "/approvals")
                    .then()
                    .statusCode(200);
            Qualifying.sam()
                    .post("/api/lifecycle/maps/" + standard + "/activation")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void badMapsAre400() {
        Qualifying.mia()
                .body(Map.of(
                        "name",
                        "no MQL",
                        "stages",
                        java.util.List.of(Map.of("stage", "LEAD")),
                        "transitions",
                        java.util.List.of(Map.of("from", "LEAD", "to", "SAL"))))
                .post("/api/lifecycle/maps")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("stages", "transitions[0].to"));
        as("integration")
                .body(Map.of("name", "x", "stages", java.util.List.of(), "transitions", java.util.List.of()))
                .post("/api/lifecycle/maps")
                .then()
                .statusCode(403);
    }
}
