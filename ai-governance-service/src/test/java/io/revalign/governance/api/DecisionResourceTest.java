package io.revalign.governance.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.PostgresTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DecisionResourceTest {

    static String tool() {
        return as("sales-leader")
                .body(AiToolResourceTest.tool(AiToolResourceTest.unique()))
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> request(String toolId, String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("toolId", toolId);
        body.put("decisionType", type);
        body.put("businessCase", "Reps lose 5 hours a week to call notes");
        body.put("scores", Map.of("value", 4, "security", 3));
        return body;
    }

    static String open(String toolId) {
        int inForce = PolicyResourceTest.currentVersion(); // other test classes publish versions too
        return as("revops")
                .body(request(toolId, "SELECT_TOOL"))
                .post("/api/decisions")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("policyVersion", equalTo(inForce))
                .body("accountableRole", equalTo("sales-leader"))
                .body("raci.security", equalTo("C"))
                .body("pendingInputs", contains("it", "legal", "security"))
                .extract()
                .path("id");
    }

    static void input(String id, String role, String stance) {
        as(role).body(Map.of("role", role, "stance", stance, "comment", "ok"))
                .post("/api/decisions/" + id + "/inputs")
                .then()
                .statusCode(201);
    }

    static Map<String, Object> outcome(String outcome, String overrideReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("rationale", "Evaluate for a quarter");
        if (overrideReason != null) {
            body.put("overrideReason", overrideReason);
        }
        return body;
    }

    /** Events of {@code eventType} in the outbox about the decision that name {@code role} among their roles. */
    static long outboxRows(String decisionId, String eventType, String role) throws Exception {
        try (Connection db = DriverManager.getConnection(
                        PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE),
                        "governance_service",
                        "");
                PreparedStatement count = db.prepareStatement("SELECT count(*) FROM governance.outbox_event"
                        + " WHERE type = ? AND payload -> 'data' ->> 'decisionId' = ?"
                        + " AND (payload -> 'data' -> 'informedRoles' @> jsonb_build_array(?::text)"
                        + " OR payload -> 'data' -> 'consultedRoles' @> jsonb_build_array(?::text))")) {
            count.setString(1, eventType);
            count.setString(2, decisionId);
            count.setString(3, role);
            count.setString(4, role);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    void consultedInputsThenTheAccountableDecidesAndTheToolMovesAndInformedRolesAreNotified() throws Exception {
        String toolId = tool();
        String id = open(toolId);
        assertEquals(1, outboxRows(id, "consultation.requested", "legal"));
        input(id, "it", "SUPPORT");
        input(id, "security", "CONCERNS");
        input(id, "legal", "SUPPORT");
        as("sales-leader")
                .body(outcome("APPROVED", null))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(201)
                .body("status", equalTo("DECIDED"))
                .body("outcome", equalTo("APPROVED"))
                .body("overrideReason", nullValue())
                .body("skippedInputs", empty())
                .body("inputs.role", contains("it", "security", "legal"))
                .body("toolStatus", equalTo("EVALUATING"));
        as("legal").get("/api/ai-tools/" + toolId).then().body("status", equalTo("EVALUATING"));
        assertEquals(1, outboxRows(id, "decision.made", "sales"));
        assertEquals(1, outboxRows(id, "decision.made", "enablement"));
        assertEquals(0, outboxRows(id, "decision.made", "it"));

        // a second decision and a late input are conflicts
        as("sales-leader")
                .body(outcome("REJECTED", null))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(409);
        as("it").body(Map.of("role", "it", "stance", "OPPOSE"))
                .post("/api/decisions/" + id + "/inputs")
                .then()
                .statusCode(409)
                .body("detail", containsString("too late"));
        as("sales").get("/api/decisions/" + id).then().statusCode(200).body("outcome", equalTo("APPROVED"));
    }

    @Test
    void aConsultedRoleCannotDecideAndAnInformedRoleCannotGiveInput() {
        String id = open(tool());
        as("security")
                .body(outcome("APPROVED", "we are in a hurry"))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("Only the Accountable role sales-leader may decide"));
        as("sales")
                .body(Map.of("role", "sales", "stance", "SUPPORT"))
                .post("/api/decisions/" + id + "/inputs")
                .then()
                .statusCode(403)
                .body("detail", containsString("only the Consulted roles (it, legal, security) give input"));
        // speaking for a role the caller does not hold
        as("sales")
                .body(Map.of("role", "legal", "stance", "SUPPORT"))
                .post("/api/decisions/" + id + "/inputs")
                .then()
                .statusCode(403);
        input(id, "it", "SUPPORT");
        as("it").body(Map.of("role", "it", "stance", "OPPOSE"))
                .post("/api/decisions/" + id + "/inputs")
                .then()
                .statusCode(409);
        as("sales")
                .get("/api/decisions/" + id)
                .then()
                .body("status", equalTo("OPEN"))
                .body("inputs", hasSize(1));
    }

    @Test
    void decidingBeforeEveryInputNeedsARecordedOverride() throws Exception {
        String toolId = tool();
        String id = open(toolId);
        input(id, "it", "SUPPORT");
        as("sales-leader")
                .body(outcome("APPROVED", null))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        equalTo(
                                "Input from legal, security is missing; decide after it arrives or give an overrideReason"));
        as("legal").get("/api/ai-tools/" + toolId).then().body("status", equalTo("PROPOSED"));
        assertEquals(0, outboxRows(id, "decision.made", "sales"));

        as("sales-leader")
                .body(outcome("REJECTED", "Vendor failed the security questionnaire"))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(201)
                .body("overrideReason", equalTo("Vendor failed the security questionnaire"))
                .body("skippedInputs", contains("legal", "security"))
                .body("toolStatus", equalTo("REJECTED"));
    }

    @Test
    void exactlyOneOfConcurrentDecisionsWins() throws Exception {
        String toolId = tool();
        String id = open(toolId);
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String verdict = i % 2 == 0 ? "APPROVED" : "REJECTED";
            answers.add(pool.submit(() -> {
                start.await();
                return as("sales-leader")
                        .body(outcome(verdict, "race"))
                        .post("/api/decisions/" + id + "/outcome")
                        .then()
                        .extract()
                        .statusCode();
            }));
        }
        start.countDown();
        int won = 0;
        int conflicts = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            if (status == 201) won++;
            if (status == 409) conflicts++;
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(callers - 1, conflicts);
        String outcome =
                as("sales").get("/api/decisions/" + id).then().extract().path("outcome");
        as("sales")
                .get("/api/ai-tools/" + toolId)
                .then()
                .body("status", equalTo(outcome.equals("APPROVED") ? "EVALUATING" : "REJECTED"));
        as("security")
                .queryParam("entityId", id)
                .queryParam("action", "DECISION_MADE")
                .get("/api/governance/audit")
                .then()
                .body("items", hasSize(1));
    }

    @Test
    void replaysReturnTheFirstAnswer() {
        String toolId = tool();
        String key = UUID.randomUUID().toString();
        String id = as("revops")
                .header("Idempotency-Key", key)
                .body(request(toolId, "SELECT_TOOL"))
                .post("/api/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("revops")
                .header("Idempotency-Key", key)
                .body(request(toolId, "SELECT_TOOL"))
                .post("/api/decisions")
                .then()
                .statusCode(201)
                .body("id", equalTo(id));
        as("revops")
                .header("Idempotency-Key", key)
                .body(request(toolId, "APPROVE_PILOT"))
                .post("/api/decisions")
                .then()
                .statusCode(422);

        String decideKey = UUID.randomUUID().toString();
        as("sales-leader")
                .header("Idempotency-Key", decideKey)
                .body(outcome("APPROVED", "replay test"))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(201)
                .body("outcome", equalTo("APPROVED"));
        as("sales-leader")
                .header("Idempotency-Key", decideKey)
                .body(outcome("APPROVED", "replay test"))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(201)
                .body("outcome", equalTo("APPROVED"));
        as("security")
                .queryParam("entityId", id)
                .queryParam("action", "DECISION_MADE")
                .get("/api/governance/audit")
                .then()
                .body("items", hasSize(1));
    }

    @Test
    void requestsFollowTheToolsStatusAndThePolicy() {
        String toolId = tool();
        // only R or A may request
        as("it").body(request(toolId, "SELECT_TOOL"))
                .post("/api/decisions")
                .then()
                .statusCode(403)
                .body(
                        "detail",
                        equalTo(
                                "Only the Responsible or Accountable roles (revops, sales-leader) may request this decision"));
        // a rollout needs a tool under evaluation or in pilot
        as("revops")
                .body(request(toolId, "APPROVE_ROLLOUT"))
                .post("/api/decisions")
                .then()
                .statusCode(409);
        String id = open(toolId);
        // one open request per tool
        as("revops")
                .body(request(toolId, "APPROVE_PILOT"))
                .post("/api/decisions")
                .then()
                .statusCode(409);
        as("sales-leader")
                .body(outcome("APPROVED", "fast track"))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(201);
        String pilot = as("revops")
                .body(request(toolId, "APPROVE_PILOT"))
                .post("/api/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("sales")
                .queryParam("toolId", toolId)
                .get("/api/decisions")
                .then()
                .statusCode(200)
                .body("items.id", contains(id, pilot));
        as("sales").queryParam("status", "open").get("/api/decisions").then().statusCode(400);
        // unknown tool and goals are 400, a missing business case too
        Map<String, Object> unknown = request(UUID.randomUUID().toString(), "SELECT_TOOL");
        as("revops").body(unknown).post("/api/decisions").then().statusCode(400);
        Map<String, Object> goals = request(tool(), "SELECT_TOOL");
        goals.put("goalIds", List.of(UUID.randomUUID().toString()));
        as("revops")
                .body(goals)
                .post("/api/decisions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("goalIds"));
        Map<String, Object> tooLong = request(tool(), "SELECT_TOOL");
        tooLong.put("businessCase", "x".repeat(4001));
        as("revops")
                .body(tooLong)
                .post("/api/decisions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("businessCase"));
        as("sales").get("/api/decisions/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void scoresAreBoundedInCountAndNameLength() {
        String toolId = tool();
        Map<String, Object> tooMany = request(toolId, "SELECT_TOOL");
        Map<String, Object> scores = new HashMap<>();
        for (int i = 0; i < 21; i++) {
            scores.put("criterion" + i, 3);
        }
        tooMany.put("scores", scores);
        as("revops")
                .body(tooMany)
                .post("/api/decisions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("scores"));
        Map<String, Object> longName = request(toolId, "SELECT_TOOL");
        longName.put("scores", Map.of("x".repeat(101), 3));
        as("revops")
                .body(longName)
                .post("/api/decisions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("scores"));
    }
}
