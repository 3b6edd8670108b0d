package io.revalign.skills.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.revalign.common.testing.DevTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 11 item 4: a seller only SELF and only themselves, a manager their reports, enablement anyone; else 403. */
@QuarkusTest
class AssessmentAuthorizationTest {

    static RequestSpecification user(String subject, String... roles) {
        return RestAssured.given().contentType(ContentType.JSON).auth().oauth2(DevTokens.forUser(subject, roles));
    }

    static Map<String, Object> assessment(String skill, int level, String source) {
        return Map.of("skillKey", skill, "level", level, "source", source, "evidence", "test");
    }

    static int count(String sellerId) {
        return as("enablement")
                .queryParam("limit", 500)
                .get("/api/sellers/" + sellerId + "/assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");
    }

    @Test
    void sellersAssessOnlyThemselvesAndOnlySelf() {
        String team = Fixtures.unique("team");
        String manager = Fixtures.unique("M");
        String me = Fixtures.unique("S");
        String other = Fixtures.unique("S");
        Fixtures.putSeller(manager, "MANAGER", team, null);
        String meId = Fixtures.putSeller(me, "AE", team, manager);
        String otherId = Fixtures.putSeller(other, "AE", team, manager);

        user(me, "seller")
                .body(assessment("negotiation", 2, "SELF"))
                .post("/api/sellers/" + meId + "/assessments")
                .then()
                .statusCode(201)
                .body("assessor", equalTo(me))
                .body("status", equalTo("CONFIRMED"));
        user(me.toLowerCase() + "@example.com", "seller")
                .body(assessment("value-storytelling", 1, "SELF"))
                .post("/api/sellers/" + meId + "/assessments")
                .then()
                .statusCode(201);
        user(me, "seller")
                .body(assessment("negotiation", 4, "MANAGER"))
                .post("/api/sellers/" + meId + "/assessments")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        user(me, "seller")
                .body(assessment("negotiation", 4, "CERTIFICATION"))
                .post("/api/sellers/" + meId + "/assessments")
                .then()
                .statusCode(403);
        user(me, "seller")
                .body(assessment("negotiation", 1, "SELF"))
                .post("/api/sellers/" + otherId + "/assessments")
                .then()
                .statusCode(403);
        user(me, "seller")
                .get("/api/sellers/" + otherId + "/assessments")
                .then()
                .statusCode(403);
        user(me, "seller").get("/api/sellers/" + meId + "/gaps").then().statusCode(200);
        user(me, "seller").get("/api/sellers/" + otherId + "/gaps").then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertEquals(2, count(meId));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(otherId));
    }

    @Test
    void managersAssessTheirOwnReportsWithManagerSourceOnly() {
        String team = Fixtures.unique("team");
        String manager = Fixtures.unique("M");
        String otherManager = Fixtures.unique("M");
        Fixtures.putSeller(manager, "MANAGER", team, null);
        String report = Fixtures.putSeller(Fixtures.unique("S"), "AE", team, manager);
        String notMine = Fixtures.putSeller(Fixtures.unique("S"), "AE", team, otherManager);

        user(manager, "sales-leader")
                .body(assessment("negotiation", 3, "MANAGER"))
                .post("/api/sellers/" + report + "/assessments")
                .then()
                .statusCode(201);
        // the manager known by the email of their own roster entry
        user(manager.toLowerCase() + "@example.com", "sales")
                .body(assessment("multi-threading", 2, "MANAGER"))
                .post("/api/sellers/" + report + "/assessments")
                .then()
                .statusCode(201);
        user(manager, "sales-leader")
                .body(assessment("negotiation", 3, "MANAGER"))
                .post("/api/sellers/" + notMine + "/assessments")
                .then()
                .statusCode(403);
        user(manager, "sales-leader")
                .body(assessment("negotiation", 4, "CERTIFICATION"))
                .post("/api/sellers/" + report + "/assessments")
                .then()
                .statusCode(403);
        user("someone-else", "sales")
                .body(assessment("negotiation", 3, "MANAGER"))
                .post("/api/sellers/" + report + "/assessments")
                .then()
                .statusCode(403);
        user("someone-else", "sales")
                .get("/api/sellers/" + report + "/gaps")
                .then()
                .statusCode(403);
        user(manager, "sales").get("/api/sellers/" + report + "/gaps").then().statusCode(200);
        as("enablement")
                .body(assessment("negotiation", 4, "CERTIFICATION"))
                .post("/api/sellers/" + notMine + "/assessments")
                .then()
                .statusCode(201);
        as("integration")
                .body(assessment("negotiation", 3, "COURSE"))
                .post("/api/sellers/" + notMine + "/assessments")
                .then()
                .statusCode(201);
        as("integration")
                .body(assessment("negotiation", 3, "MANAGER"))
                .post("/api/sellers/" + notMine + "/assessments")
                .then()
                .statusCode(403);
        as("revops")
                .body(assessment("negotiation", 3, "SELF"))
                .post("/api/sellers/" + notMine + "/assessments")
                .then()
                .statusCode(403);
        org.junit.jupiter.api.Assertions.assertEquals(2, count(report));
        org.junit.jupiter.api.Assertions.assertEquals(2, count(notMine));
    }

    @Test
    void inactiveSellersRetiredSkillsAndBadInputAre400AndWriteNothing() {
        String team = Fixtures.unique("team");
        String externalId = Fixtures.unique("S");
        String id = Fixtures.putSeller(externalId, "AE", team, null);
        String retired = Fixtures.newSkill();
        String retiredId = as("enablement")
                .queryParam("key", retired)
                .get("/api/skills")
                .then()
                .extract()
                .path("items[0].id");
        as("enablement")
                .header("If-Match", "\"0\"")
                .post("/api/skills/" + retiredId + "/retirement")
                .then()
                .statusCode(200);
        as("enablement")
                .body(assessment(retired, 2, "MANAGER"))
                .post("/api/sellers/" + id + "/assessments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("skillKey"));
        as("enablement")
                .body(assessment("no-such-skill", 2, "MANAGER"))
                .post("/api/sellers/" + id + "/assessments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("skillKey"));
        as("enablement")
                .body(assessment("negotiation", 5, "MANAGER"))
                .post("/api/sellers/" + id + "/assessments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("level"));
        as("enablement")
                .body(Map.of("skillKey", "negotiation", "level", 2, "source", "GUESS"))
                .post("/api/sellers/" + id + "/assessments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("source"));
        as("enablement")
                .body(Map.of("skillKey", "negotiation", "level", 2, "source", "SELF", "evidence", "x".repeat(2001)))
                .post("/api/sellers/" + id + "/assessments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("evidence"));
        as("enablement")
                .body(Map.of(
                        "skillKey", "negotiation", "level", 2, "source", "SELF", "assessedAt", "2999-01-01T00:00:00Z"))
                .post("/api/sellers/" + id + "/assessments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("assessedAt"));
        Map<String, Object> body = Fixtures.seller(externalId, "AE", team, null);
        body.remove("externalId");
        body.put("active", false);
        as("integration")
                .body(body)
                .put("/api/sellers/external/" + externalId)
                .then()
                .statusCode(200);
        as("enablement")
                .body(assessment("negotiation", 2, "MANAGER"))
                .post("/api/sellers/" + id + "/assessments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sellerId"));
        as("enablement")
                .body(assessment("negotiation", 2, "MANAGER"))
                .post("/api/sellers/" + UUID.randomUUID() + "/assessments")
                .then()
                .statusCode(404);
        org.junit.jupiter.api.Assertions.assertEquals(0, count(id));
    }

    @Test
    void lmsImportFollowsTheSameRulesAndRecognisesFactsItSentBefore() {
        String team = Fixtures.unique("team");
        String a = Fixtures.unique("S");
        String aId = Fixtures.putSeller(a, "AE", team, null);
        List<Map<String, Object>> records = List.of(
                Map.of(
                        "sellerExternalId",
                        a,
                        "skillKey",
                        "negotiation",
                        "level",
                        3,
                        "source",
                        "COURSE",
                        "assessedAt",
                        "2026-11-01T10:00:00Z"),
                Map.of("sellerExternalId", a, "skillKey", "negotiation", "level", 3, "source", "MANAGER"),
                Map.of("sellerExternalId", "nobody", "skillKey", "negotiation", "level", 3, "source", "COURSE"),
                Map.of("sellerExternalId", a, "skillKey", "nope", "level", 3, "source", "COURSE"),
                Map.of("sellerExternalId", a, "skillKey", "negotiation", "level", 9, "source", "COURSE"));
        as("integration")
                .body(Map.of("records", records))
                .post("/api/assessments/bulk")
                .then()
                .statusCode(200)
                .body("results.status", equalTo(List.of("CREATED", "FAILED", "FAILED", "FAILED", "FAILED")))
                .body("results[1].errors[0].field", equalTo("source"))
                .body("results[2].errors[0].field", equalTo("sellerExternalId"))
                .body("results[3].errors[0].field", equalTo("skillKey"))
                .body("results[4].errors[0].field", equalTo("level"));
        as("integration")
                .body(Map.of("records", List.of(records.get(0))))
                .post("/api/assessments/bulk")
                .then()
                .statusCode(200)
                .body("results[0].status", equalTo("UNCHANGED"));
        as("seller")
                .body(Map.of("records", List.of(records.get(0))))
                .post("/api/assessments/bulk")
                .then()
                .statusCode(403);
        org.junit.jupiter.api.Assertions.assertEquals(1, count(aId));
    }

    @Test
    void replayWithTheSameIdempotencyKeyRecordsOnce() {
        String id = Fixtures.putSeller(Fixtures.unique("S"), "AE", Fixtures.unique("team"), null);
        String key = UUID.randomUUID().toString();
        String first = as("enablement")
                .header("Idempotency-Key", key)
                .body(assessment("negotiation", 2, "MANAGER"))
                .post("/api/sellers/" + id + "/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("enablement")
                .header("Idempotency-Key", key)
                .body(assessment("negotiation", 2, "MANAGER"))
                .post("/api/sellers/" + id + "/assessments")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        as("enablement")
                .header("Idempotency-Key", key)
                .body(assessment("negotiation", 3, "MANAGER"))
                .post("/api/sellers/" + id + "/assessments")
                .then()
                .statusCode(422);
        as("enablement")
                .get("/api/assessments/" + first)
                .then()
                .statusCode(200)
                .body("skillKey", equalTo("negotiation"))
                .body("levelName", equalTo("PRACTICING"));
        org.junit.jupiter.api.Assertions.assertEquals(1, count(id));
        as("enablement").get("/api/sellers/" + id + "/assessments").then().body("items.id", hasItem(first));
    }
}
