package io.revalign.governance.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.revalign.common.testing.PostgresTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reports on a small set computed by hand, placed in 2001 so no other test's decisions count. */
@QuarkusTest
class ReportResourceTest {

    private List<Map<String, Object>> cellsBefore;

    /**
     * The policy figures are computed by hand on the policy that ships (version 1); other classes publish
     * versions of their own (the hostile-input kit's accepted bodies among them), so it is put in force
     * for each test and what was in force is put back after.
     */
    @BeforeEach
    void shippedPolicyInForce() {
        cellsBefore = PolicyResourceTest.currentCells();
        List<Map<String, Object>> shipped = as("sales")
                .get("/api/decision-rights/1")
                .then()
                .statusCode(200)
                .extract()
                .path("cells");
        RolloutReadinessTest.postPolicy("The shipped policy, for the report test", shipped);
    }

    @AfterEach
    void restorePolicy() {
        RolloutReadinessTest.postPolicy("Restored after the report test", cellsBefore);
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection(
                PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE), "governance_service", "");
    }

    static void decision(Connection db, String toolId, String raci, String status, Integer hours, String override)
            throws Exception {
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO governance.decision (id, tool_id, decision_type, "
                        + "tool_category, policy_version, raci, accountable_role, business_case, goal_ids, scores, requested_by, "
                        + "requested_at, inputs_due_at, decision_due_at, status, outcome, decided_by, decided_at, override_reason, "
                        + "skipped_inputs, created_at, updated_at, version) VALUES (?, ?, 'SELECT_TOOL', 'OTHER', 1, ?::jsonb, 'x', "
                        + "'case', '[]', '{}', 'r', timestamptz '2001-03-01T00:00:00Z', timestamptz '2001-03-06T00:00:00Z', "
                        + "timestamptz '2001-03-15T00:00:00Z', ?, ?, ?, timestamptz '2001-03-01T00:00:00Z' + make_interval(hours => ?), "
                        + "?, ?::jsonb, now(), now(), 0)")) {
            boolean decided = status.equals("DECIDED");
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, UUID.fromString(toolId));
            insert.setString(3, raci);
            insert.setString(4, status);
            insert.setString(5, decided ? "APPROVED" : null);
            insert.setString(6, decided ? "cro" : null);
            insert.setObject(7, decided ? hours : null);
            insert.setString(8, override);
            insert.setString(9, override == null ? null : "[\"legal\"]");
            insert.execute();
        }
    }

    static void near(JsonPath report, String path, double expected) {
        assertEquals(expected, report.getDouble(path), 1e-6, path);
    }

    @Test
    void handComputedSetIn2001() throws Exception {
        String decidedTool = DecisionResourceTest.tool();
        String openTool = DecisionResourceTest.tool();
        try (Connection db = db()) {
            decision(db, decidedTool, "{\"sales-leader\": \"A\", \"it\": \"C\"}", "DECIDED", 10, null);
            decision(
                    db,
                    decidedTool,
                    "{\"sales-leader\": \"C\", \"it\": \"A\", \"legal\": \"C\"}",
                    "DECIDED",
                    20,
                    "urgent");
            decision(db, decidedTool, "{\"sales-leader\": \"I\", \"it\": \"A\"}", "DECIDED", 30, null);
            decision(db, decidedTool, "{\"it\": \"A\"}", "DECIDED", 400, null);
            decision(
                    db,
                    openTool,
                    "{\"sales-leader\": \"R\", \"it\": \"C\", \"legal\": \"C\", \"revops\": \"A\"}",
                    "OPEN",
                    null,
                    null);
            try (Statement statement = db.createStatement()) {
                statement.execute(
                        "INSERT INTO governance.decision_input (id, decision_id, role, stance, given_by, given_at) "
                                + "SELECT gen_random_uuid(), id, 'it', 'SUPPORT', 'it', now() FROM governance.decision "
                                + "WHERE tool_id = '" + openTool + "'");
            }
        }
        var period = Map.of("from", "2001-01-01T00:00:00Z", "to", "2002-01-01T00:00:00Z");
        JsonPath leadership = as("sales-leader")
                .queryParams(period)
                .get("/api/governance/reports/sales-leadership")
                .then()
                .statusCode(200)
                .body("role", equalTo("sales-leader"))
                .body("decisions.total", equalTo(5))
                .body("decisions.accountable.count", equalTo(1))
                .body("decisions.responsible.count", equalTo(1))
                .body("decisions.consulted.count", equalTo(1))
                .body("decisions.informed.count", equalTo(1))
                .body("decisions.none.count", equalTo(1))
                .body("decisions.inputOrInformed.count", equalTo(3))
                // the default policy: 6 sales-facing categories × 4 types A, CONTENT_GENERATION C, OTHER I
                .body("policy.total", equalTo(32))
                .body("policy.accountable.count", equalTo(24))
                .body("policy.consulted.count", equalTo(4))
                .body("policy.informed.count", equalTo(4))
                .extract()
                .jsonPath();
        near(leadership, "decisions.accountable.share", 0.2);
        near(leadership, "decisions.inputOrInformed.share", 0.6);
        near(leadership, "benchmark.accountable", 0.23);
        near(leadership, "benchmark.inputOrInformed", 0.68);

        JsonPath practice = as("revops")
                .queryParams(period)
                .get("/api/governance/reports/decision-practice")
                .then()
                .statusCode(200)
                .body("requested", equalTo(5))
                .body("decided", equalTo(4))
                .body("open", equalTo(1))
                .body("overridden", equalTo(1))
                .body("decidedPastDue", equalTo(1))
                .body("openPastDue", equalTo(1))
                .body("overdueInputCount", equalTo(1))
                .body("overdueInputs.role", contains("legal"))
                .body("overdueInputs[0].toolId", equalTo(openTool))
                .extract()
                .jsonPath();
        near(practice, "cycleHoursMedian", 25.0);
        near(practice, "cycleHoursP90", 289.0);

        as("revops")
                .queryParams(Map.of("from", "2002-01-01T00:00:00Z", "to", "2001-01-01T00:00:00Z"))
                .get("/api/governance/reports/decision-practice")
                .then()
                .statusCode(400);
        as("revops")
                .queryParam("from", "yesterday")
                .get("/api/governance/reports/decision-practice")
                .then()
                .statusCode(400);
        as("seller").get("/api/governance/reports/coverage").then().statusCode(403);
    }

    @Test
    void coverageListsGoalsWithoutApprovedToolsToolsWithoutGoalsAndOverdueReviews() throws Exception {
        int toolsWithoutGoal = as("revops")
                .get("/api/governance/reports/coverage")
                .then()
                .extract()
                .path("toolsWithoutGoal.count");
        String goal = AiToolUpdateTest.goal();
        Map<String, Object> served = AiToolResourceTest.tool(AiToolResourceTest.unique());
        served.put("goalIds", List.of(goal));
        String servingTool = as("sales-leader")
                .body(served)
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String lonelyTool = DecisionResourceTest.tool();
        as("revops")
                .get("/api/governance/reports/coverage")
                .then()
                .body("toolsWithoutGoal.count", equalTo(toolsWithoutGoal + 1))
                .body("goalsWithoutApprovedTool.items.id", hasItem(goal));
        try (Connection db = db();
                Statement statement = db.createStatement()) {
            statement.execute("UPDATE governance.ai_tool SET status = 'APPROVED', last_reviewed_at = now() WHERE id = '"
                    + servingTool + "'");
            statement.execute(
                    "UPDATE governance.ai_tool SET status = 'PILOT', last_reviewed_at = now() - interval '400 days' "
                            + "WHERE id = '" + lonelyTool + "'");
        }
        as("revops")
                .get("/api/governance/reports/coverage")
                .then()
                .statusCode(200)
                .body("goalsWithoutApprovedTool.items.id", not(hasItem(goal)))
                .body("reviewIntervalDays", equalTo(365))
                .body("reviewsOverdue.items.id", hasItem(lonelyTool))
                .body("reviewsOverdue.items.id", not(hasItem(servingTool)));
    }
}
