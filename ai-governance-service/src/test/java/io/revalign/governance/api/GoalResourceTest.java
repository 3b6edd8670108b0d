package io.revalign.governance.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GoalResourceTest {

    static Map<String, Object> goal(String title, String ownerRole) {
        Map<String, Object> goal = new HashMap<>();
        goal.put("title", title);
        goal.put("metric", "win rate");
        goal.put("target", "+15%");
        goal.put("period", "2027-H1");
        goal.put("ownerRole", ownerRole);
        return goal;
    }

    @Test
    void recordedGoalIsReadBackAndListedByOwner() {
        String title = "Goal " + AiToolResourceTest.unique();
        var created = as("sales-leader")
                .body(goal(title, "enablement"))
                .post("/api/goals")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("title", equalTo(title))
                .extract();
        String id = created.path("id");
        as("legal")
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("metric", equalTo("win rate"))
                .body("target", equalTo("+15%"))
                .body("period", equalTo("2027-H1"))
                .body("ownerRole", equalTo("enablement"));
        as("legal")
                .queryParam("ownerRole", "enablement")
                .queryParam("limit", 500)
                .get("/api/goals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        as("legal")
                .queryParam("ownerRole", "legal")
                .queryParam("limit", 500)
                .get("/api/goals")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void aReplayWithTheSameKeyReturnsTheFirstGoalAndAnotherBodyIs422() {
        String key = "goal-" + AiToolResourceTest.unique();
        Map<String, Object> body = goal("Goal " + key, "sales-leader");
        String first = as("sales-leader")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("sales-leader")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/goals")
                .then()
                .statusCode(201)
                .body("id", equalTo(first));
        as("sales-leader")
                .header("Idempotency-Key", key)
                .body(goal("Another " + key, "sales-leader"))
                .post("/api/goals")
                .then()
                .statusCode(422);
    }

    @Test
    void invalidGoalsAre400WithTheFieldsAndNothingIsWritten() {
        String title = "Bad " + AiToolResourceTest.unique();
        Map<String, Object> bad = goal(title, "chief-of-everything");
        bad.put("period", "2027-H3");
        bad.put("target", "x".repeat(201));
        as("sales-leader")
                .body(bad)
                .post("/api/goals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("ownerRole", "period", "target"));
        as("legal")
                .queryParam("limit", 500)
                .get("/api/goals")
                .then()
                .statusCode(200)
                .body("items.title", not(hasItem(title)));
        as("seller").body(goal(title, "sales-leader")).post("/api/goals").then().statusCode(403);
        as("legal")
                .get("/api/goals/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90")
                .then()
                .statusCode(404);
        as("legal").queryParam("ownerRole", "nobody").get("/api/goals").then().statusCode(400);
    }

    @Test
    void updateUnderIfMatchReplacesTheGoalAndIsAudited() {
        String title = "Goal " + AiToolResourceTest.unique();
        String id = as("sales-leader")
                .body(goal(title, "sales-leader"))
                .post("/api/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> changed = goal(title, "enablement");
        changed.put("target", " +20% ");
        changed.put("period", "2027-H2");

        as("revops").body(changed).put("/api/goals/" + id).then().statusCode(428);
        String next = as("revops")
                .header("If-Match", "\"0\"")
                .body(changed)
                .put("/api/goals/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("target", equalTo("+20%"))
                .body("period", equalTo("2027-H2"))
                .body("ownerRole", equalTo("enablement"))
                .extract()
                .header("ETag");
        changed.put("target", "+99%");
        as("revops")
                .header("If-Match", "\"0\"")
                .body(changed)
                .put("/api/goals/" + id)
                .then()
                .statusCode(412)
                .header("ETag", equalTo(next));
        as("legal").get("/api/goals/" + id).then().body("target", equalTo("+20%"));

        as("security")
                .queryParam("entityId", id)
                .get("/api/governance/audit")
                .then()
                .statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("GOAL_CREATED", "GOAL_UPDATED"))
                .body("items[1].before.target", equalTo("+15%"))
                .body("items[1].after.target", equalTo("+20%"))
                .body("items[1].after.ownerRole", equalTo("enablement"))
                .body("items[1].roles", org.hamcrest.Matchers.contains("revops"));
    }

    @Test
    void badUpdatesAre400Or403Or404AndChangeNothing() {
        String title = "Goal " + AiToolResourceTest.unique();
        String id = as("sales-leader")
                .body(goal(title, "sales-leader"))
                .post("/api/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> bad = goal(title, "sales-leader");
        bad.put("period", "2027-H3");
        as("revops")
                .header("If-Match", "*")
                .body(bad)
                .put("/api/goals/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("period"));
        as("seller")
                .header("If-Match", "*")
                .body(goal(title, "seller"))
                .put("/api/goals/" + id)
                .then()
                .statusCode(403);
        as("revops")
                .header("If-Match", "*")
                .body(goal(title, "sales-leader"))
                .put("/api/goals/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90")
                .then()
                .statusCode(404);
        as("legal")
                .get("/api/goals/" + id)
                .then()
                .header("ETag", equalTo("\"0\""))
                .body("period", equalTo("2027-H1"));
    }
}
