package io.revalign.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.testing.DevTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The AI-literacy gate across the packaged suite, over HTTP only: skills-service is subscribed to
 * governance's decision.made (as bin/suite subscribes it), so an approved pilot and then rollout of a
 * tool, decided through the gateway, raise the AE profile's requirement on the tool's skill in
 * skills-service, with the decision as the reason, and the AE team's readiness on it moves.
 */
class AiLiteracyGateTest {

    private final Suite suite = Suite.get();
    private final ObjectMapper json = new ObjectMapper();
    private final Http http = new Http(
            DevTokens.forUser("gate-" + System.nanoTime(), "admin", "enablement", "sales-leader", "revops"),
            Duration.ofSeconds(30));

    @Test
    void anApprovedRolloutRaisesTheRoleProfileAndTheReadinessFiguresMove() {
        String gateway = suite.gatewayUrl();
        String n = Long.toString(System.nanoTime());
        String skill = "suite-ai-verification-" + n;
        String team = "suite-gate-" + n;
        created(http.post(
                gateway + "/api/skills",
                "{\"key\": \"" + skill + "\", \"name\": \"Verifying AI output " + n
                        + "\", \"category\": \"AI_LITERACY\"}"));
        created(http.put(
                gateway + "/api/sellers/external/GATE-" + n,
                "{\"name\": \"Gate Seller\", \"email\": \"gate." + n + "@example.com\", \"role\": \"AE\","
                        + " \"team\": \"" + team + "\"}"));
        assertEquals(0, belowOn(gateway, team, skill), "before: the skill is required of nobody");

        String tool = created(http.post(
                        gateway + "/api/ai-tools",
                        "{\"name\": \"Gate copilot " + n + "\", \"vendor\": \"Vendor " + n + "\","
                                + " \"category\": \"CONVERSATION_INTELLIGENCE\", \"description\": \"Drafts call notes\","
                                + " \"useCases\": [\"Call notes\"], \"dataCategories\": [\"CONFIDENTIAL_BUSINESS_DATA\"],"
                                + " \"ownerRole\": \"sales-leader\", \"skillKeys\": [\"" + skill + "\"]}"))
                .path("id")
                .asText();
        String pilot = decide(gateway, tool, "APPROVE_PILOT", 2);
        awaitLevel(gateway, skill, 2, pilot);
        String rollout = decide(gateway, tool, "APPROVE_ROLLOUT", 3);
        JsonNode profile = awaitLevel(gateway, skill, 3, rollout);

        assertTrue(profile.path("reason").asText().contains("approved for rollout"), profile.toString());
        assertEquals(1, belowOn(gateway, team, skill), "after: the team's AE is below the level the rollout requires");
    }

    /** Requests a decision for AEs at {@code level} and approves it (inputs skipped with a reason); its id. */
    private String decide(String gateway, String tool, String type, int level) {
        String id = created(http.post(
                        gateway + "/api/decisions",
                        "{\"toolId\": \"" + tool + "\", \"decisionType\": \"" + type + "\", \"businessCase\":"
                                + " \"Reps lose 5 hours a week to call notes\", \"sellerRoles\": [\"AE\"],"
                                + " \"requiredLevel\": " + level + "}"))
                .path("id")
                .asText();
        Http.Answer decided = http.post(
                gateway + "/api/decisions/" + id + "/outcome",
                "{\"outcome\": \"APPROVED\", \"rationale\": \"Pays for itself\","
                        + " \"overrideReason\": \"The suite's council meets later\"}");
        assertEquals(201, decided.status(), decided.toString());
        return id;
    }

    /** Waits until the current AE profile requires the skill at {@code level}, written by the decision. */
    private JsonNode awaitLevel(String gateway, String skill, int level, String decision) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        Await.until(
                () -> {
                    JsonNode page = read(http.get(gateway + "/api/role-profiles?role=AE&current=true"));
                    for (JsonNode profile : page.path("items")) {
                        for (JsonNode requirement : profile.path("requirements")) {
                            if (skill.equals(requirement.path("skillKey").asText())
                                    && requirement.path("level").asInt() == level
                                    && decision.equals(
                                            profile.path("decisionId").asText())) {
                                found.set(profile);
                                return true;
                            }
                        }
                    }
                    return false;
                },
                Duration.ofSeconds(60),
                "the AE profile requires " + skill + " at " + level + " by decision " + decision);
        return found.get();
    }

    /** How many of the team's sellers are below the level required on the skill (0 when it is not required). */
    private int belowOn(String gateway, String team, String skill) {
        JsonNode readiness = read(http.get(gateway + "/api/readiness?team=" + team));
        for (JsonNode row : readiness.path("bySkill")) {
            if (skill.equals(row.path("skillKey").asText())) {
                return row.path("sellersBelow").asInt();
            }
        }
        return 0;
    }

    private JsonNode created(Http.Answer answer) {
        assertEquals(201, answer.status(), answer.toString());
        return read(answer);
    }

    private JsonNode read(Http.Answer answer) {
        assertTrue(answer.success(), answer.toString());
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
