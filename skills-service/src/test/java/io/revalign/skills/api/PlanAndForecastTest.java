package io.revalign.skills.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanAndForecastTest {

    static String module(String title, int hours, Object... raises) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < raises.length; i += 2) {
            list.add(Map.of("skillKey", raises[i], "level", raises[i + 1]));
        }
        return as("enablement")
                .body(Map.of(
                        "title",
                        title,
                        "provider",
                        "Academy",
                        "url",
                        "https://academy.example.com/" + hours,
                        "hours",
                        hours,
                        "raises",
                        list))
                .post("/api/learning/modules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String etag(String enrolment) {
        return as("enablement")
                .get("/api/enrolments/" + enrolment)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    static void progress(String enrolment, int percent) {
        as("enablement")
                .header("If-Match", etag(enrolment))
                .body(Map.of("progress", percent))
                .put("/api/enrolments/" + enrolment + "/progress")
                .then()
                .statusCode(200);
    }

    /**
     * Gaps k1 3, k2 2, k3 2. Modules A (k1→3, 10 h), B (k1→4, k2→2, 12 h), C (k2→2, 3 h); none for k3. Largest gap
     * first: k1 takes A (fewer hours than B), k2 takes C; k3 is uncovered. 4 h a week from 2026-12-07: A due after 3
     * weeks (10 h), C after 4 (13 h).
     */
    @Test
    void planCoversLargestGapsFirstWithFewestHoursAndListsUncoveredSkills() {
        String k1 = Fixtures.newSkill();
        String k2 = Fixtures.newSkill();
        String k3 = Fixtures.newSkill();
        Fixtures.profile("MANAGER", "2027-12-31", k1, 3, k2, 2, k3, 2);
        String a = module("A", 10, k1, 3);
        module("B", 12, k1, 4, k2, 2);
        String c = module("C", 3, k2, 2);
        String team = Fixtures.unique("team");
        String boss = Fixtures.unique("M");
        String seller = Fixtures.putSeller(Fixtures.unique("S"), "MANAGER", team, boss);

        JsonPath plan = as("enablement")
                .body(Map.of("startOn", "2026-12-07", "hoursPerWeek", 4))
                .post("/api/sellers/" + seller + "/plans")
                .then()
                .statusCode(201)
                .body("totalHours", equalTo(13))
                .body("steps.moduleId", equalTo(List.of(a, c)))
                .body("steps.dueOn", equalTo(List.of("2026-12-28", "2027-01-04")))
                .body("steps[0].closes[0].skillKey", equalTo(k1))
                .body("steps[0].closes[0].gap", equalTo(3))
                .body("steps.status", equalTo(List.of("ASSIGNED", "ASSIGNED")))
                .body("uncovered.skillKey", equalTo(List.of(k3)))
                .extract()
                .jsonPath();
        String planId = plan.getString("id");
        String enrolA = plan.getString("steps[0].id");
        String enrolC = plan.getString("steps[1].id");
        as("enablement")
                .get("/api/plans/" + planId)
                .then()
                .statusCode(200)
                .body("steps.id", equalTo(List.of(enrolA, enrolC)));

        progress(enrolA, 50);
        as("enablement").get("/api/enrolments/" + enrolA).then().body("status", equalTo("IN_PROGRESS"));
        as("enablement")
                .body(Map.of("progress", 100))
                .put("/api/enrolments/" + enrolA + "/progress")
                .then()
                .statusCode(428);
        progress(enrolA, 100);
        as("enablement")
                .header("If-Match", etag(enrolA))
                .body(Map.of("progress", 80))
                .put("/api/enrolments/" + enrolA + "/progress")
                .then()
                .statusCode(409);
        String proposal = as("enablement")
                .queryParam("skillKey", k1)
                .get("/api/sellers/" + seller + "/assessments")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("PROPOSED"))
                .body("items[0].source", equalTo("COURSE"))
                .body("items[0].level", equalTo(3))
                .extract()
                .path("items[0].id");
        // proposed: not counted yet
        as("enablement")
                .get("/api/sellers/" + seller + "/gaps")
                .then()
                .body("gaps.find { it.skillKey == '" + k1 + "' }.gap", equalTo(3));
        as("enablement")
                .body(Map.of("decision", "CONFIRM"))
                .post("/api/assessments/" + proposal + "/decision")
                .then()
                .statusCode(403);
        AssessmentAuthorizationTest.user(boss, "sales-leader")
                .body(Map.of("decision", "CONFIRM", "comment", "seen on a call"))
                .post("/api/assessments/" + proposal + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("decidedBy", equalTo(boss));
        AssessmentAuthorizationTest.user(boss, "sales-leader")
                .body(Map.of("decision", "REJECT"))
                .post("/api/assessments/" + proposal + "/decision")
                .then()
                .statusCode(409);
        as("enablement")
                .get("/api/sellers/" + seller + "/gaps")
                .then()
                .body("gaps.find { it.skillKey == '" + k1 + "' }.gap", equalTo(0))
                .body("gaps.find { it.skillKey == '" + k1 + "' }.source", equalTo("COURSE"));

        // a new plan: k1 is closed; C carries over with the same enrolment; the old plan is superseded
        as("enablement")
                .body(Map.of("startOn", "2026-01-05", "hoursPerWeek", 4))
                .post("/api/sellers/" + seller + "/plans")
                .then()
                .statusCode(201)
                .body("steps.id", equalTo(List.of(enrolC)))
                .body("steps[0].dueOn", equalTo("2026-01-12"))
                .body("steps[0].status", equalTo("OVERDUE"));
        as("enablement").get("/api/plans/" + planId).then().body("supersededAt", org.hamcrest.Matchers.notNullValue());
        as("enablement")
                .get("/api/sellers/" + seller + "/enrolments")
                .then()
                .body("items.status", hasItem("COMPLETED"))
                .body("items.status", hasItem("OVERDUE"));
    }

    @Test
    void planRefusalsAndBadModulesWriteNothing() {
        String seller = Fixtures.putSeller(Fixtures.unique("S"), "AE", Fixtures.unique("team"), null);
        as("enablement")
                .body(Map.of("hoursPerWeek", 0))
                .post("/api/sellers/" + seller + "/plans")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("hoursPerWeek"));
        as("seller")
                .body(Map.of())
                .post("/api/sellers/" + seller + "/plans")
                .then()
                .statusCode(403);
        as("enablement")
                .body(Map.of(
                        "title",
                        "X",
                        "hours",
                        2,
                        "url",
                        "javascript:alert(1)",
                        "raises",
                        List.of(Map.of("skillKey", "negotiation", "level", 2))))
                .post("/api/learning/modules")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"));
        as("enablement")
                .body(Map.of("title", "X", "hours", 2, "raises", List.of(Map.of("skillKey", "nope", "level", 2))))
                .post("/api/learning/modules")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("raises[0].skillKey"));
        as("enablement")
                .body(Map.of(
                        "title", "X", "hours", 0, "raises", List.of(Map.of("skillKey", "negotiation", "level", 5))))
                .post("/api/learning/modules")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("hours"))
                .body("errors.field", hasItem("raises[0].level"));
        as("enablement")
                .get("/api/sellers/" + seller + "/enrolments")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    /**
     * SE profile k1 ≥ 3, k2 ≥ 2. f1: nothing assessed; plan A (k1→3) completed and proposed, C (k2→2) not started →
     * ready only if all plans complete. f2: k1 MANAGER 1 outranks any COURSE result → never ready by plan. f3: k1
     * CERTIFICATION 3, k2 SELF 2 → ready now. Sellers 3; ready now 1, on track 2 (f1's proposal counts, C is behind:
     * f1 not ready) → 1, if all complete 2.
     */
    @Test
    void forecastOfAHandComputedTeam() {
        String k1 = Fixtures.newSkill();
        String k2 = Fixtures.newSkill();
        Fixtures.profile("SE", "2027-12-31", k1, 3, k2, 2);
        module("A", 10, k1, 3);
        module("C", 3, k2, 2);
        String team = Fixtures.unique("team");
        String f1 = Fixtures.putSeller(Fixtures.unique("S"), "SE", team, null);
        String f2 = Fixtures.putSeller(Fixtures.unique("S"), "SE", team, null);
        String f3 = Fixtures.putSeller(Fixtures.unique("S"), "SE", team, null);
        ReadinessTest.assess(f2, k1, 1, "MANAGER", "2026-11-01T00:00:00Z");
        ReadinessTest.assess(f3, k1, 3, "CERTIFICATION", "2026-11-01T00:00:00Z");
        ReadinessTest.assess(f3, k2, 2, "SELF", "2026-11-01T00:00:00Z");
        JsonPath plan = as("enablement")
                .body(Map.of("hoursPerWeek", 4))
                .post("/api/sellers/" + f1 + "/plans")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertEquals(2, plan.getList("steps").size());
        progress(plan.getString("steps[0].id"), 100);
        as("enablement")
                .body(Map.of("hoursPerWeek", 4))
                .post("/api/sellers/" + f2 + "/plans")
                .then()
                .statusCode(201);

        as("sales-leader")
                .queryParam("team", team)
                .queryParam("targetDate", "2027-12-31")
                .get("/api/readiness/forecast")
                .then()
                .statusCode(200)
                .body("sellers", equalTo(3))
                .body("readyNow.sellersReady", equalTo(1))
                .body("ifOnTrack.sellersReady", equalTo(1))
                .body("ifAllPlansComplete.sellersReady", equalTo(2))
                .body("ifAllPlansComplete.shareReady", equalTo(0.6667f))
                .body("benchmark.share", equalTo(0.58f))
                .body("assumptions.size()", org.hamcrest.Matchers.greaterThan(3))
                .body("unknowns.size()", org.hamcrest.Matchers.greaterThan(3));
        as("sales-leader")
                .queryParam("targetDate", "2020-01-01")
                .get("/api/readiness/forecast")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("targetDate"));
        as("sales-leader")
                .get("/api/readiness/forecast")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("targetDate"));
        as("seller")
                .queryParam("targetDate", "2027-12-31")
                .get("/api/readiness/forecast")
                .then()
                .statusCode(403);
    }
}
