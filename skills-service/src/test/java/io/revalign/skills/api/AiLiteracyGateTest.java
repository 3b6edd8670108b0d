package io.revalign.skills.api;

import static io.restassured.RestAssured.given;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.revalign.common.security.StandardWebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The AI-literacy gate end to end in skills-service: governance's signed decision.made raises the
 * affected role's profile as a new version, and the readiness figures move; redeliveries, forged,
 * stale and other events change nothing.
 */
@QuarkusTest
class AiLiteracyGateTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String PATH = "/api/integrations/governance/webhooks";

    static String decisionMade(UUID decision, String type, String outcome, String role, int level, String... skills) {
        return """
                {"type": "decision.made", "timestamp": "2026-12-04T09:30:00Z",
                 "data": {"decisionId": "%s", "toolId": "%s", "toolName": "Gong AI", "decisionType": "%s",
                          "outcome": "%s", "skillKeys": [%s], "sellerRoles": ["%s"], "requiredLevel": %d}}"""
                .formatted(
                        decision,
                        UUID.randomUUID(),
                        type,
                        outcome,
                        String.join(
                                ",",
                                List.of(skills).stream()
                                        .map(s -> "\"" + s + "\"")
                                        .toList()),
                        role,
                        level);
    }

    static ValidatableResponse deliver(String id, long timestamp, String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return given().contentType("application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", StandardWebhookSignature.sign(secret, id, timestamp, bytes))
                .body(bytes)
                .post(PATH)
                .then();
    }

    static ValidatableResponse deliver(String id, String body) {
        return deliver(id, Instant.now().getEpochSecond(), body, SECRET);
    }

    static JsonPath current(String role) {
        return as("enablement")
                .queryParam("role", role)
                .queryParam("current", true)
                .get("/api/role-profiles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("items[0]");
    }

    static JsonPath readiness(String team) {
        return as("enablement")
                .queryParam("team", team)
                .get("/api/readiness")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void anApprovedRolloutRaisesTheRoleProfileAndTheReadinessFiguresMove() {
        String known = Fixtures.newSkill();
        String prompting = Fixtures.newSkill();
        String verifying = Fixtures.newSkill();
        Fixtures.profile("SE", "2027-03-31", known, 2, prompting, 3);
        int versionBefore = current("SE").getInt("version");
        String team = Fixtures.unique("team");
        String ready = Fixtures.putSeller(Fixtures.unique("S"), "SE", team, null);
        String behind = Fixtures.putSeller(Fixtures.unique("S"), "SE", team, null);
        for (String seller : List.of(ready, behind)) {
            ReadinessTest.assess(seller, known, 2, "MANAGER", "2026-11-01T00:00:00Z");
            ReadinessTest.assess(seller, prompting, 3, "MANAGER", "2026-11-01T00:00:00Z");
        }
        ReadinessTest.assess(ready, verifying, 2, "MANAGER", "2026-11-01T00:00:00Z");
        assertEquals(0, readiness(team).getInt("needingReskilling"), "both meet the profile before the rollout");

        UUID decision = UUID.randomUUID();
        String event = decisionMade(decision, "APPROVE_ROLLOUT", "APPROVED", "SE", 2, prompting, verifying);
        deliver("msg_" + UUID.randomUUID(), event).statusCode(204);

        JsonPath raised = current("SE");
        assertEquals(versionBefore + 1, raised.getInt("version"));
        assertEquals(decision.toString(), raised.getString("decisionId"));
        assertTrue(raised.getString("reason").contains("Gong AI approved for rollout"));
        assertTrue(raised.getString("reason").contains(decision.toString()));
        assertEquals("2027-03-31", raised.getString("targetDate"), "the target date is carried over");
        Map<String, Integer> levels = Map.of(
                known, level(raised, known), prompting, level(raised, prompting), verifying, level(raised, verifying));
        assertEquals(Map.of(known, 2, prompting, 3, verifying, 2), levels, "raised, never lowered");

        JsonPath after = readiness(team);
        assertEquals(1, after.getInt("needingReskilling"), "the seller without the new skill now needs reskilling");
        assertEquals(0.5, after.getDouble("shareNeedingReskilling"));
        as("enablement")
                .get("/api/sellers/" + behind + "/gaps")
                .then()
                .statusCode(200)
                .body("needsReskilling", equalTo(true))
                .body("gaps.skillKey", hasItem(verifying));
    }

    @Test
    void aRedeliveryOrASecondNotificationOfTheSameDecisionChangesNothing() {
        String skill = Fixtures.newSkill();
        Fixtures.profile("SDR", "2027-03-31", Fixtures.newSkill(), 1);
        UUID decision = UUID.randomUUID();
        String event = decisionMade(decision, "APPROVE_PILOT", "APPROVED", "SDR", 3, skill);
        String id = "msg_" + UUID.randomUUID();
        deliver(id, event).statusCode(204);
        int version = current("SDR").getInt("version");
        assertEquals(decision.toString(), current("SDR").getString("decisionId"));

        deliver(id, event).statusCode(204);
        deliver("msg_" + UUID.randomUUID(), event).statusCode(204);
        assertEquals(version, current("SDR").getInt("version"), "the decision raised SDR once");
        assertEquals(3, level(current("SDR"), skill));
    }

    @Test
    void forgedStaleAndUnsignedDeliveriesAreRefusedAndChangeNothing() {
        String skill = Fixtures.newSkill();
        Fixtures.profile("AM", "2027-03-31", Fixtures.newSkill(), 1);
        int version = current("AM").getInt("version");
        String event = decisionMade(UUID.randomUUID(), "APPROVE_ROLLOUT", "APPROVED", "AM", 2, skill);
        long now = Instant.now().getEpochSecond();

        deliver(
                        "msg_forged",
                        now,
                        event,
                        "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]))
                .statusCode(401)
                .body("detail", containsString("does not match"));
        deliver("msg_old", now - 301, event, SECRET)
                .statusCode(401)
                .body("detail", containsString("more than 5 minutes"));
        given().contentType("application/json").body(event).post(PATH).then().statusCode(401);
        assertEquals(version, current("AM").getInt("version"));

        // the stale delivery's id was not taken: sent again, fresh, it applies
        deliver("msg_old", event).statusCode(204);
        assertEquals(version + 1, current("AM").getInt("version"));
    }

    @Test
    void otherDecisionsAndEventsAreAcknowledgedAndIgnored() {
        String skill = Fixtures.newSkill();
        Fixtures.profile("MANAGER", "2027-03-31", Fixtures.newSkill(), 1);
        int version = current("MANAGER").getInt("version");
        deliver(
                        "msg_" + UUID.randomUUID(),
                        decisionMade(UUID.randomUUID(), "APPROVE_ROLLOUT", "REJECTED", "MANAGER", 2, skill))
                .statusCode(204);
        deliver(
                        "msg_" + UUID.randomUUID(),
                        decisionMade(UUID.randomUUID(), "RETIRE_TOOL", "APPROVED", "MANAGER", 2, skill))
                .statusCode(204);
        deliver("msg_" + UUID.randomUUID(), "{\"type\": \"tool.status_changed\", \"data\": {\"toolId\": \"x\"}}")
                .statusCode(204);
        deliver(
                        "msg_" + UUID.randomUUID(),
                        decisionMade(UUID.randomUUID(), "APPROVE_ROLLOUT", "APPROVED", "MANAGER", 2, "no-such-skill"))
                .statusCode(204);
        assertEquals(version, current("MANAGER").getInt("version"));
    }

    @Test
    void aMalformedEventIsA400NamingTheField() {
        deliver("msg_" + UUID.randomUUID(), "[1, 2]").statusCode(400);
        deliver("msg_" + UUID.randomUUID(), "{\"data\": {}}").statusCode(400).body("errors[0].field", equalTo("type"));
        deliver("msg_" + UUID.randomUUID(), "{\"type\": \"decision.made\", \"data\": {\"decisionId\": \"nope\"}}")
                .statusCode(400)
                .body("errors[0].field", equalTo("data.decisionId"));
        deliver(
                        "msg_" + UUID.randomUUID(),
                        decisionMade(UUID.randomUUID(), "APPROVE_ROLLOUT", "APPROVED", "AE", 7, Fixtures.newSkill()))
                .statusCode(400)
                .body("errors[0].field", equalTo("data.requiredLevel"));
    }

    private static int level(JsonPath profile, String skill) {
        List<Map<String, Object>> requirements = profile.getList("requirements");
        return requirements.stream()
                .filter(r -> skill.equals(r.get("skillKey")))
                .map(r -> (Integer) r.get("level"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(skill + " is not required"));
    }
}
