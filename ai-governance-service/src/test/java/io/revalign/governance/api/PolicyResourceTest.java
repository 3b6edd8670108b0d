package io.revalign.governance.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyResourceTest {

    static List<Map<String, Object>> currentCells() {
        return as("sales")
                .get("/api/decision-rights/current")
                .then()
                .statusCode(200)
                .extract()
                .path("cells");
    }

    static int currentVersion() {
        return as("sales").get("/api/decision-rights/current").then().extract().path("version");
    }

    @Test
    void theDefaultPolicyMakesSalesLeadershipAccountableForSalesFacingTools() {
        as("sales")
                .get("/api/decision-rights/1")
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body(
                        "cells.find { it.decisionType == 'SELECT_TOOL' && it.toolCategory == null }.raci.'sales-leader'",
                        equalTo("A"))
                .body(
                        "cells.find { it.decisionType == 'APPROVE_ROLLOUT' && it.toolCategory == null }.raci.security",
                        equalTo("C"))
                .body(
                        "cells.find { it.decisionType == 'APPROVE_ROLLOUT' && it.toolCategory == null }.raci.legal",
                        equalTo("C"))
                .body(
                        "cells.find { it.decisionType == 'APPROVE_ROLLOUT' && it.toolCategory == null }.raci.it",
                        equalTo("C"))
                .body(
                        "cells.find { it.decisionType == 'SELECT_TOOL' && it.toolCategory == 'CONTENT_GENERATION' }.raci.'marketing-leader'",
                        equalTo("A"));
        as("sales").get("/api/decision-rights").then().statusCode(200).body("items.version", hasItem(1));
        as("sales").get("/api/decision-rights/999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aValidVersionBecomesTheOneInForce() {
        int before = currentVersion();
        Map<String, Object> body = new HashMap<>();
        body.put("note", "Same rights, restated");
        body.put("cells", currentCells());
        as("admin")
                .body(body)
                .post("/api/decision-rights")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/decision-rights/"))
                .body("version", greaterThanOrEqualTo(before + 1));
        as("sales").get("/api/decision-rights/current").then().body("note", equalTo("Same rights, restated"));
        as("sales-leader").body(body).post("/api/decision-rights").then().statusCode(403);
    }

    @Test
    void badPoliciesAre400AndWriteNothing() {
        int before = currentVersion();
        List<Map<String, Object>> twoAccountable = new ArrayList<>(currentCells());
        Map<String, Object> cell = new HashMap<>(twoAccountable.get(0));
        cell.put("raci", Map.of("sales-leader", "A", "it", "A"));
        twoAccountable.set(0, cell);
        as("admin")
                .body(Map.of("cells", twoAccountable))
                .post("/api/decision-rights")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cells[0].raci"))
                .body("errors[0].message", containsString("exactly one Accountable (A) role, not 2"));

        List<Map<String, Object>> noAccountable = new ArrayList<>(currentCells());
        cell = new HashMap<>(noAccountable.get(0));
        cell.put("raci", Map.of("sales-leader", "R"));
        noAccountable.set(0, cell);
        as("admin")
                .body(Map.of("cells", noAccountable))
                .post("/api/decision-rights")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("not 0"));

        List<Map<String, Object>> unknownRole = new ArrayList<>(currentCells());
        cell = new HashMap<>(unknownRole.get(1));
        cell.put("raci", Map.of("cfo", "A"));
        unknownRole.set(1, cell);
        as("admin")
                .body(Map.of("cells", unknownRole))
                .post("/api/decision-rights")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("unknown role 'cfo'"));

        as("admin")
                .body(Map.of("cells", List.of(Map.of("decisionType", "SELECT_TOOL", "raci", Map.of("it", "A")))))
                .post("/api/decision-rights")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("do not cover APPROVE_PILOT"));

        as("admin")
                .body(Map.of("cells", List.of(Map.of("decisionType", "SELECT_TOOL", "raci", Map.of("it", "X")))))
                .post("/api/decision-rights")
                .then()
                .statusCode(400);
        as("admin")
                .body(Map.of("note", "x".repeat(1001), "cells", currentCells()))
                .post("/api/decision-rights")
                .then()
                .statusCode(400);
        as("admin")
                .body(Map.of("cells", List.of()))
                .post("/api/decision-rights")
                .then()
                .statusCode(400);

        as("sales").get("/api/decision-rights/current").then().body("version", equalTo(before));
    }
}
