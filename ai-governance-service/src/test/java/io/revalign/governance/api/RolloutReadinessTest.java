package io.revalign.governance.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.PostgresTestResource;
import io.revalign.governance.SkillsStub;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The governance half of the AI-literacy gate: a pilot or rollout request shows the affected sellers'
 * readiness on the tool's skills, asked of (a stub) skills-service with a service token; a policy
 * threshold refuses approval below it and while the figure is unavailable; decision.made carries what
 * skills-service needs to raise the role profiles.
 */
@QuarkusTest
class RolloutReadinessTest {

    static final String CATEGORY = "FORECASTING";
    static final String SKILLS_PATH = "/api/readiness/skills";

    List<Map<String, Object>> cellsBefore;

    static String answer(int sellers, int ready) {
        double share = Math.round(ready * 10_000.0 / sellers) / 10_000.0;
        return """
                {"level": 3, "levelName": "PROFICIENT", "skillKeys": ["ai-literacy", "call-coaching"], "roles": ["AE"],
                 "sellers": %d, "ready": %d, "shareReady": %s,
                 "teams": [{"team": "emea", "sellers": %d, "ready": %d, "shareReady": %s,
                            "skills": [{"skillKey": "ai-literacy", "sellersAtLevel": %d},
                                       {"skillKey": "call-coaching", "sellersAtLevel": %d}]}]}"""
                .formatted(sellers, ready, share, sellers, ready, share, sellers, ready);
    }

    static void skillsAnswer(int sellers, int ready) {
        SkillsStub.server()
                .stubFor(get(urlPathEqualTo(SKILLS_PATH))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(answer(sellers, ready))));
    }

    @BeforeEach
    void policyWithAThresholdForForecastingRollouts() {
        SkillsStub.server().resetAll();
        cellsBefore = PolicyResourceTest.currentCells();
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Map<String, Object> cell : cellsBefore) {
            if (!("APPROVE_ROLLOUT".equals(cell.get("decisionType")) && CATEGORY.equals(cell.get("toolCategory")))) {
                cells.add(cell);
            }
        }
        Map<String, Object> gated = new HashMap<>();
        gated.put("decisionType", "APPROVE_ROLLOUT");
        gated.put("toolCategory", CATEGORY);
        gated.put("raci", Map.of("sales-leader", "A", "revops", "R", "it", "C", "sales", "I", "enablement", "I"));
        gated.put("readinessThreshold", 0.6);
        cells.add(gated);
        postPolicy("Forecasting rollouts need 60% readiness", cells);
    }

    @AfterEach
    void restorePolicy() {
        postPolicy("Restored after the readiness test", cellsBefore);
        SkillsStub.server().resetAll();
    }

    static void postPolicy(String note, List<Map<String, Object>> cells) {
        as("admin")
                .body(Map.of("note", note, "cells", cells))
                .post("/api/decision-rights")
                .then()
                .statusCode(201);
    }

    /** A forecasting tool in PILOT and its open rollout request for AEs at level 3. */
    static String rolloutRequest() {
        String suffix = AiToolResourceTest.unique();
        String toolId = as("sales-leader")
                .body(AiToolResourceTest.tool("Vendor " + suffix, "Forecaster " + suffix, CATEGORY))
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String pilot = as("revops")
                .body(DecisionResourceTest.request(toolId, "APPROVE_PILOT"))
                .post("/api/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("sales-leader")
                .body(DecisionResourceTest.outcome("APPROVED", "pilot fast track"))
                .post("/api/decisions/" + pilot + "/outcome")
                .then()
                .statusCode(201)
                .body("toolStatus", Matchers.equalTo("PILOT"));
        Map<String, Object> rollout = DecisionResourceTest.request(toolId, "APPROVE_ROLLOUT");
        rollout.put("sellerRoles", List.of("AE"));
        rollout.put("requiredLevel", 3);
        return as("revops")
                .body(rollout)
                .post("/api/decisions")
                .then()
                .statusCode(201)
                .body("readinessThreshold", Matchers.equalTo(0.6f))
                .body("sellerRoles", Matchers.contains("AE"))
                .body("requiredLevel", Matchers.equalTo(3))
                .extract()
                .path("id");
    }

    @Test
    void theRequestShowsEachTeamsReadinessAskedWithAServiceToken() {
        skillsAnswer(12, 5);
        String id = rolloutRequest();
        as("it").get("/api/decisions/" + id + "/readiness")
                .then()
                .statusCode(200)
                .body("available", Matchers.equalTo(true))
                .body("skillKeys", Matchers.contains("call-coaching", "ai-literacy"))
                .body("sellers", Matchers.equalTo(12))
                .body("ready", Matchers.equalTo(5))
                .body("shareReady", Matchers.equalTo(0.4167f))
                .body("meetsThreshold", Matchers.equalTo(false))
                .body("teams[0].team", Matchers.equalTo("emea"))
                .body("teams[0].skills.call-coaching", Matchers.equalTo(5));

        List<LoggedRequest> asked = SkillsStub.server().findAll(getRequestedFor(urlPathEqualTo(SKILLS_PATH)));
        assertEquals(1, asked.size());
        LoggedRequest request = asked.get(0);
        assertEquals(
                List.of("call-coaching", "ai-literacy"),
                request.queryParameter("skillKey").values());
        assertEquals("3", request.queryParameter("level").firstValue());
        assertEquals("AE", request.queryParameter("role").firstValue());
        String token = request.getHeader("Authorization").substring("Bearer ".length());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"integration\"]"), claims);
        assertTrue(claims.contains("\"sub\":\"ai-governance-service\""), claims);
    }

    @Test
    void belowTheThresholdTheAccountableCannotApproveAndNothingChanges() throws Exception {
        skillsAnswer(12, 5);
        String id = rolloutRequest();
        as("sales-leader")
                .body(DecisionResourceTest.outcome("APPROVED", "inputs can follow"))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(409)
                .body("detail", containsString("at least 60.0%"))
                .body("detail", containsString("measured readiness is 41.7% (5 of 12 sellers"));
        as("sales").get("/api/decisions/" + id).then().body("status", Matchers.equalTo("OPEN"));
        assertEquals(0, DecisionResourceTest.outboxRows(id, "decision.made", "enablement"));

        // a rejection needs no readiness
        SkillsStub.server().resetAll();
        as("sales-leader")
                .body(DecisionResourceTest.outcome("REJECTED", "not ready"))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(201)
                .body("readinessMeasured", nullValue());
        assertEquals(
                0,
                SkillsStub.server()
                        .findAll(getRequestedFor(urlPathEqualTo(SKILLS_PATH)))
                        .size());
    }

    @Test
    void atTheThresholdTheRolloutIsApprovedAndDecisionMadeCarriesTheGateFields() throws Exception {
        skillsAnswer(10, 6);
        String id = rolloutRequest();
        as("sales-leader")
                .body(DecisionResourceTest.outcome("APPROVED", "inputs can follow"))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(201)
                .body("toolStatus", Matchers.equalTo("APPROVED"))
                .body("readinessMeasured", Matchers.equalTo(0.6f));
        String payload = decisionMade(id, "enablement");
        assertTrue(payload.contains("\"sellerRoles\": [\"AE\"]"), payload);
        assertTrue(payload.contains("\"requiredLevel\": 3"), payload);
        assertTrue(payload.contains("\"skillKeys\": [\"call-coaching\", \"ai-literacy\"]"), payload);
        assertTrue(payload.contains("\"outcome\": \"APPROVED\""), payload);
    }

    @Test
    void anUnavailableFigureIsShownAsSuchAndRefusesApproval() {
        SkillsStub.server()
                .stubFor(get(urlPathEqualTo(SKILLS_PATH))
                        .willReturn(aResponse()
                                .withFixedDelay(SkillsStub.TOO_LATE_MS)
                                .withHeader("Content-Type", "application/json")
                                .withBody(answer(10, 10))));
        String id = rolloutRequest();
        as("sales-leader")
                .get("/api/decisions/" + id + "/readiness")
                .then()
                .statusCode(200)
                .body("available", Matchers.equalTo(false))
                .body("unavailableReason", containsString("did not answer in time"))
                .body("shareReady", nullValue());

        SkillsStub.server()
                .stubFor(get(urlPathEqualTo(SKILLS_PATH))
                        .withHeader("Authorization", matching("Bearer .+"))
                        .willReturn(aResponse().withStatus(503)));
        as("sales-leader")
                .body(DecisionResourceTest.outcome("APPROVED", "inputs can follow"))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(409)
                .body("detail", containsString("cannot be measured now: skills-service answered 503"));
        as("sales").get("/api/decisions/" + id).then().body("status", Matchers.equalTo("OPEN"));
    }

    @Test
    void aThresholdOnAnotherDecisionTypeOrOutsideZeroToOneIsRefused() {
        List<Map<String, Object>> cells = new ArrayList<>(PolicyResourceTest.currentCells());
        Map<String, Object> select = new HashMap<>(cells.get(0));
        select.put("readinessThreshold", 0.5);
        cells.set(0, select);
        as("admin")
                .body(Map.of("cells", cells))
                .post("/api/decision-rights")
                .then()
                .statusCode(400)
                .body("errors[0].field", Matchers.equalTo("cells[0].readinessThreshold"));
        select.put("readinessThreshold", 1.5);
        as("admin")
                .body(Map.of("cells", cells))
                .post("/api/decision-rights")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("readinessThreshold"));
        as("it").get("/api/decisions/" + UUID.randomUUID() + "/readiness")
                .then()
                .statusCode(404);
    }

    static String decisionMade(String decisionId, String role) throws Exception {
        try (Connection db = DriverManager.getConnection(
                        PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE),
                        "governance_service",
                        "");
                PreparedStatement read = db.prepareStatement("SELECT payload::text FROM governance.outbox_event"
                        + " WHERE type = 'decision.made' AND payload -> 'data' ->> 'decisionId' = ?"
                        + " AND payload -> 'data' -> 'informedRoles' @> jsonb_build_array(?::text)")) {
            read.setString(1, decisionId);
            read.setString(2, role);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), "no decision.made for " + role);
                return row.getString(1);
            }
        }
    }
}
