package io.revalign.governance.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.WebhookReceiver;
import io.revalign.common.testing.WebhookReceiver.Delivery;
import io.revalign.common.testing.WebhookSubscriptions;
import io.revalign.common.webhooks.WebhookDispatcher;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Governance's outbound webhooks: a local receiver gets consultation.requested, decision.made (with
 * what skills-service's AI-literacy gate reads) and tool.status_changed for a decision, each signed so
 * that an independent Standard Webhooks verifier (the specification authors' Java library
 * com.standardwebhooks:standardwebhooks, not our signer)
 * accepts it with the subscription's secret, and with either secret during a rotation's grace period.
 */
@QuarkusTest
class GovernanceWebhookTest {

    static final String SUBSCRIPTIONS = "/api/webhooks/governance/subscriptions";

    @Inject
    WebhookDispatcher dispatcher;

    WebhookSubscriptions hooks;

    WebhookReceiver receiver;

    @BeforeEach
    void start() throws IOException {
        hooks = WebhookSubscriptions.open(SUBSCRIPTIONS, dispatcher::fanOut, dispatcher::deliver);
        receiver = hooks.receiver();
    }

    @AfterEach
    void stop() {
        hooks.close();
    }

    String hook() {
        return receiver.url();
    }

    Map<String, Object> subscribe(List<String> types) {
        return hooks.subscribe(types.toArray(String[]::new));
    }

    void dispatch() {
        hooks.dispatch();
    }

    /** The deliveries about one decision, in the order they arrived. */
    List<Delivery> about(String decisionId) {
        return receiver.about("decisionId", decisionId);
    }

    /** Opens a SELECT_TOOL request, gives the three inputs and approves it: the tool moves to EVALUATING. */
    static String approvedSelection() {
        String id = DecisionResourceTest.open(DecisionResourceTest.tool());
        DecisionResourceTest.input(id, "it", "SUPPORT");
        DecisionResourceTest.input(id, "security", "SUPPORT");
        DecisionResourceTest.input(id, "legal", "SUPPORT");
        as("sales-leader")
                .body(DecisionResourceTest.outcome("APPROVED", null))
                .post("/api/decisions/" + id + "/outcome")
                .then()
                .statusCode(201);
        return id;
    }

    @Test
    void aDecisionReachesItsSubscriberAsThreeSignedEventsThatAnIndependentVerifierAccepts() throws Exception {
        Map<String, Object> subscription =
                subscribe(List.of("consultation.requested", "decision.made", "tool.status_changed"));
        String secret = (String) subscription.get("secret");
        String id = approvedSelection();
        dispatch();

        // one pass sends every due delivery at once, so they arrive in no set order
        List<Delivery> got = about(id);
        Map<String, Delivery> byType = new java.util.TreeMap<>();
        for (Delivery r : got) {
            r.verify(secret);
            byType.put(r.type(), r);
        }
        assertEquals(3, got.size(), "one delivery per event");
        assertEquals(
                List.of("consultation.requested", "decision.made", "tool.status_changed"),
                List.copyOf(byType.keySet()));
        JsonNode consultation = byType.get("consultation.requested").json().path("data");
        assertEquals(
                "[\"it\",\"legal\",\"security\"]",
                consultation.path("consultedRoles").toString());
        assertEquals("SELECT_TOOL", consultation.path("decisionType").asText());

        JsonNode made = byType.get("decision.made").json().path("data");
        assertEquals("APPROVED", made.path("outcome").asText());
        assertEquals("EVALUATING", made.path("toolStatus").asText());
        assertEquals(
                "[\"call-coaching\",\"ai-literacy\"]", made.path("skillKeys").toString());
        assertTrue(made.path("requiredLevel").isInt(), "the gate reads the level as a number: " + made);
        assertTrue(made.path("toolName").asText().startsWith("Tool "), made.toString());
        assertTrue(made.path("informedRoles").toString().contains("\"sales\""), made.toString());
        assertEquals(1, DecisionResourceTest.outboxRows(id, "decision.made", "enablement"));

        JsonNode moved = byType.get("tool.status_changed").json().path("data");
        assertEquals("PROPOSED", moved.path("from").asText());
        assertEquals("EVALUATING", moved.path("to").asText());
        assertEquals(made.path("toolId").asText(), moved.path("toolId").asText());

        // a wrong secret, or a body changed on the way, is refused by the same verifier
        Delivery made0 = byType.get("decision.made");
        assertThrows(WebhookVerificationException.class, () -> made0.verify("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assertThrows(
                WebhookVerificationException.class,
                () -> new Delivery(made0.headers(), made0.body().replace("APPROVED", "REJECTED")).verify(secret));

        as("admin")
                .get(SUBSCRIPTIONS + "/" + subscription.get("id") + "/deliveries")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(got.size()))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("DELIVERED")));
    }

    @Test
    void aSubscriberGetsOnlyTheTypesItAskedForAndARetryAfterAFailure() throws Exception {
        Map<String, Object> subscription = subscribe(List.of("decision.made"));
        receiver.answer(503);
        String id = approvedSelection();
        dispatcher.fanOut();
        dispatcher.deliver();
        assertEquals(1, about(id).size());
        receiver.answer(200);
        dispatch();
        List<Delivery> got = about(id);
        assertEquals(2, got.size(), "the failed attempt, then the retry");
        assertEquals("decision.made", got.get(1).type());
        assertEquals(got.get(0).id(), got.get(1).id(), "a retry keeps its webhook-id");
        got.get(1).verify((String) subscription.get("secret"));
    }

    @Test
    void duringARotationEitherSecretVerifiesAndTheNewOneIsShownOnce() throws Exception {
        Map<String, Object> subscription = subscribe(List.of("decision.made"));
        String old = (String) subscription.get("secret");
        String rotated = as("admin")
                .post(SUBSCRIPTIONS + "/" + subscription.get("id") + "/secret")
                .then()
                .statusCode(200)
                .body("secret", startsWith("whsec_"))
                .extract()
                .path("secret");
        as("admin")
                .get(SUBSCRIPTIONS + "/" + subscription.get("id"))
                .then()
                .statusCode(200)
                .body("$", not(hasKey("secret")));
        String id = approvedSelection();
        dispatch();
        Delivery made = about(id).get(0);
        made.verify(rotated);
        made.verify(old);
    }

    @Test
    void aLoopbackUrlAndAnUnknownTypeAreRefusedAndOnlyAdminsAndIntegrationsSubscribe() {
        as("integration")
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:8082/api/integrations/governance/webhooks",
                        "eventTypes",
                        List.of("decision.made")))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("points inside the network"));
        as("integration")
                .body(Map.of("url", hook(), "eventTypes", List.of("decision.input-requested")))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("eventTypes[0]"))
                .body(
                        "errors[0].message",
                        equalTo("must be one of decision.made, tool.status_changed, consultation.requested"));
        as("sales-leader").get(SUBSCRIPTIONS).then().statusCode(403);
        as("sales")
                .body(Map.of("url", hook(), "eventTypes", List.of("decision.made")))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(403);
        as("admin").get(SUBSCRIPTIONS).then().statusCode(200).body("size()", equalTo(0));
    }
}
