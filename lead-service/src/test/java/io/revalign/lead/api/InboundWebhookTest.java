package io.revalign.lead.api;

import static io.revalign.common.testing.Api.anonymous;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.revalign.common.security.StandardWebhookSignature;
import io.revalign.lead.service.InboundEvents;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The generic signed inbound endpoint: a Salesforce relay's Standard Webhooks messages become leads and
 * activities through its own property map, another source uses HubSpot's; wrong signatures, old
 * timestamps and replays change nothing.
 */
@QuarkusTest
class InboundWebhookTest {

    static final String SALESFORCE_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String RELAY_SECRET = "whsec_dGVzdC1yZWxheS1zZWNyZXQtMDEyMzQ1";

    @Inject
    InboundEvents inbound;

    @Inject
    EntityManager entityManager;

    static ValidatableResponse send(String source, String id, long timestamp, String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return anonymous()
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", StandardWebhookSignature.sign(secret, id, timestamp, bytes))
                .body(bytes)
                .post("/api/integrations/inbound/" + source)
                .then();
    }

    static ValidatableResponse salesforce(String id, String body) {
        return send("salesforce", id, Instant.now().getEpochSecond(), body, SALESFORCE_SECRET);
    }

    static String message(String type, String contact, String properties) {
        return """
                {"type": "%s", "timestamp": "2026-12-04T09:30:00Z",
                 "data": {"id": "%s", "occurredAt": "%s", "properties": {%s}}}"""
                .formatted(type, contact, Instant.now(), properties);
    }

    static String contact() {
        return "003" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
    }

    static String messageId() {
        return "msg_" + UUID.randomUUID();
    }

    void workOff() {
        while (inbound.work() > 0) {
            // until the inbox is empty
        }
    }

    static ValidatableResponse lead(String source, String externalId) {
        return as("revops")
                .queryParam("source", source)
                .queryParam("externalId", externalId)
                .get("/api/leads")
                .then()
                .statusCode(200);
    }

    long stored(String source, String webhookId) {
        return (Long) entityManager
                .createNativeQuery(
                        "SELECT count(*) FROM inbound_event WHERE source = ?1 AND (event_key = ?2 OR event_key LIKE ?3)",
                        Long.class)
                .setParameter(1, source)
                .setParameter(2, webhookId)
                .setParameter(3, webhookId + "#%")
                .getSingleResult();
    }

    @Test
    void aSalesforceContactBecomesALeadThroughItsOwnMapAndAnEngagementAnActivity() {
        String contact = contact();
        salesforce(
                        messageId(),
                        message(
                                "contact.created",
                                contact,
                                "\"Email\": \"dana." + contact + "@northwind.example\", \"FirstName\": \"Dana\","
                                        + " \"Company\": \"Northwind Traders\", \"NumberOfEmployees\": 250,"
                                        + " \"Fax\": \"ignored\""))
                .statusCode(204);
        workOff();
        String id = lead("SALESFORCE", contact)
                .body("items", hasSize(1))
                .body("items[0].email", equalTo("dana." + contact + "@northwind.example"))
                .body("items[0].firstName", equalTo("Dana"))
                .body("items[0].company", equalTo("Northwind Traders"))
                .body("items[0].companySize", equalTo(250))
                .extract()
                .path("items[0].id");

        salesforce(messageId(), message("contact.updated", contact, "\"Last_Email_Open__c\": \"2026-12-04\""))
                .statusCode(204);
        workOff();
        as("sales")
                .get("/api/leads/" + id + "/activities")
                .then()
                .statusCode(200)
                .body("items.type", hasItem("EMAIL_OPEN"));
    }

    @Test
    void aSourceWithoutItsOwnMapUsesHubSpotsAndItsLeadSource() {
        String contact = contact();
        send(
                        "relay",
                        messageId(),
                        Instant.now().getEpochSecond(),
                        message(
                                "contact.created",
                                contact,
                                "\"email\": \"lee." + contact + "@example.com\", \"firstname\": \"Lee\""),
                        RELAY_SECRET)
                .statusCode(204);
        workOff();
        lead("EVENT", contact).body("items", hasSize(1)).body("items[0].firstName", equalTo("Lee"));
    }

    @Test
    void aReplayedMessageChangesNothing() {
        String contact = contact();
        String email = "\"Email\": \"kim." + contact + "@example.com\"";
        String first = messageId();
        String original = message("contact.created", contact, email + ", \"FirstName\": \"Kim\"");
        salesforce(first, original).statusCode(204);
        workOff();
        salesforce(messageId(), message("contact.updated", contact, "\"FirstName\": \"Kimberly\""))
                .statusCode(204);
        workOff();
        long storedBefore = stored("salesforce", first);

        salesforce(first, original).statusCode(204); // the CRM redelivers the first message
        assertEquals(storedBefore, stored("salesforce", first));
        assertEquals(0, inbound.work(), "nothing new was queued");
        lead("SALESFORCE", contact).body("items[0].firstName", equalTo("Kimberly"));
    }

    @Test
    void aWrongSignatureOrAnOldTimestampIsRefusedAndStoresNothing() {
        String contact = contact();
        String body = message("contact.created", contact, "\"Email\": \"x." + contact + "@example.com\"");
        String forged = messageId();
        send("salesforce", forged, Instant.now().getEpochSecond(), body, RELAY_SECRET)
                .statusCode(401)
                .body("detail", containsString("does not match"));
        String old = messageId();
        send("salesforce", old, Instant.now().getEpochSecond() - 301, body, SALESFORCE_SECRET)
                .statusCode(401)
                .body("detail", containsString("more than 5 minutes"));
        anonymous()
                .body(body)
                .post("/api/integrations/inbound/salesforce")
                .then()
                .statusCode(401);
        assertEquals(0, stored("salesforce", forged));
        assertEquals(0, stored("salesforce", old));
        workOff();
        lead("SALESFORCE", contact).body("items", hasSize(0));
    }

    @Test
    void unknownAndUnconfiguredSourcesAndMalformedMessagesAreProblems() {
        String body = message("contact.created", contact(), "\"Email\": \"a@example.com\"");
        send("pipedrive", messageId(), Instant.now().getEpochSecond(), body, SALESFORCE_SECRET)
                .statusCode(404);
        send("unsigned", messageId(), Instant.now().getEpochSecond(), body, SALESFORCE_SECRET)
                .statusCode(403);
        salesforce(messageId(), "[]").statusCode(400);
        salesforce(messageId(), "{\"type\": \"contact.created\", \"data\": {}}")
                .statusCode(400)
                .body("errors[0].field", equalTo("data.id"));
        salesforce(messageId(), "{\"data\": {\"id\": \"1\"}}").statusCode(400).body("errors[0].field", equalTo("type"));
        salesforce(
                        messageId(),
                        "{\"type\": \"contact.updated\", \"data\": {\"id\": \"1\", \"properties\": {\"Email\": [1]}}}")
                .statusCode(400)
                .body("errors[0].field", equalTo("data.properties.Email"));
    }
}
