package io.revalign.governance.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AiToolUpdateTest {

    static String goal() {
        return as("sales-leader")
                .body(Map.of(
                        "title",
                        "Win rate",
                        "metric",
                        "win rate",
                        "target",
                        "+15%",
                        "period",
                        "2027-H1",
                        "ownerRole",
                        "sales-leader"))
                .post("/api/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void updateUnderIfMatchLinksGoalsAndIsAudited() {
        String suffix = AiToolResourceTest.unique();
        String id = as("sales-leader")
                .body(AiToolResourceTest.tool(suffix))
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag = as("revops").get("/api/ai-tools/" + id).then().extract().header("ETag");
        String goal = goal();
        Map<String, Object> changed = AiToolResourceTest.tool(suffix);
        changed.put("description", "Now drafts follow-ups too");
        changed.put("goalIds", List.of(goal, goal));
        changed.put("status", "PROPOSED");

        as("revops").body(changed).put("/api/ai-tools/" + id).then().statusCode(428);
        String next = as("revops")
                .header("If-Match", etag)
                .body(changed)
                .put("/api/ai-tools/" + id)
                .then()
                .statusCode(200)
                .body("description", equalTo("Now drafts follow-ups too"))
                .body("goalIds", contains(goal))
                .body("status", equalTo("PROPOSED"))
                .extract()
                .header("ETag");
        as("revops")
                .header("If-Match", etag)
                .body(changed)
                .put("/api/ai-tools/" + id)
                .then()
                .statusCode(412)
                .header("ETag", equalTo(next));

        as("security")
                .queryParam("entityId", id)
                .get("/api/governance/audit")
                .then()
                .statusCode(200)
                .body("items.action", contains("AI_TOOL_REGISTERED", "AI_TOOL_UPDATED"))
                .body(
                        "items[1].before.description",
                        equalTo("Records and transcribes sales calls and flags deal risks."))
                .body("items[1].after.description", equalTo("Now drafts follow-ups too"))
                .body("items[1].actor", equalTo("test-user@revalign.test"))
                .body("items[1].roles", contains("revops"))
                .body("items[1].hash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void statusChangesOnlyThroughDecisionsAndNothingIsWritten() {
        String suffix = AiToolResourceTest.unique();
        String id = as("sales-leader")
                .body(AiToolResourceTest.tool(suffix))
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> approved = AiToolResourceTest.tool(suffix);
        approved.put("status", "APPROVED");
        approved.put("description", "sneaky");
        as("revops")
                .header("If-Match", "*")
                .body(approved)
                .put("/api/ai-tools/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("only through decisions"));
        as("revops")
                .get("/api/ai-tools/" + id)
                .then()
                .body("status", equalTo("PROPOSED"))
                .body("description", equalTo("Records and transcribes sales calls and flags deal risks."));
    }

    @Test
    void badUpdatesAre400Or404Or409() {
        String suffix = AiToolResourceTest.unique();
        String id = as("sales-leader")
                .body(AiToolResourceTest.tool(suffix))
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> unknownGoal = AiToolResourceTest.tool(suffix);
        unknownGoal.put("goalIds", List.of(UUID.randomUUID().toString()));
        as("revops")
                .header("If-Match", "*")
                .body(unknownGoal)
                .put("/api/ai-tools/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("goalIds"));
        Map<String, Object> tooLong = AiToolResourceTest.tool(suffix);
        tooLong.put("name", "x".repeat(201));
        as("revops")
                .header("If-Match", "*")
                .body(tooLong)
                .put("/api/ai-tools/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("name"));
        as("revops")
                .header("If-Match", "*")
                .body(AiToolResourceTest.tool(suffix))
                .put("/api/ai-tools/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        String other = AiToolResourceTest.unique();
        as("sales-leader")
                .body(AiToolResourceTest.tool(other))
                .post("/api/ai-tools")
                .then()
                .statusCode(201);
        as("revops")
                .header("If-Match", "*")
                .body(AiToolResourceTest.tool(other))
                .put("/api/ai-tools/" + id)
                .then()
                .statusCode(409);
        as("seller")
                .header("If-Match", "*")
                .body(AiToolResourceTest.tool(suffix))
                .put("/api/ai-tools/" + id)
                .then()
                .statusCode(403);
        as("security")
                .queryParam("entityId", id)
                .get("/api/governance/audit")
                .then()
                .body("items", hasSize(1));
    }
}
