package io.revalign.lead.api;

import static io.revalign.common.testing.Api.anonymous;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.revalign.lead.domain.hubspot.HubSpotSignature;
import io.revalign.lead.service.InboundEvents;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * HubSpot webhooks end to end: signed batches are queued once per eventId and the worker turns
 * contacts into leads and engagement properties into activities; requests that are unsigned,
 * wrongly signed or too old change nothing.
 */
@QuarkusTest
class HubSpotWebhookTest {

    static final String PATH = "/api/integrations/hubspot/webhooks";
    static final String SECRET = "test-hubspot-app-secret";
    static final AtomicLong EVENT_IDS = new AtomicLong(System.nanoTime() / 1000);

    @Inject
    InboundEvents inbound;

    @Inject
    EntityManager entityManager;

    static long contact() {
        return Math.abs(System.nanoTime() % 1_000_000_000L);
    }

    static String creation(long objectId, long eventId) {
        return "{\"eventId\": " + eventId + ", \"objectId\": " + objectId + ", \"subscriptionType\": "
                + "\"contact.creation\", \"occurredAt\": " + System.currentTimeMillis() + ", \"portalId\": 62515}";
    }

    static String change(long objectId, long eventId, String property, String value, long at) {
        return "{\"eventId\": " + eventId + ", \"objectId\": " + objectId + ", \"subscriptionType\": "
                + "\"contact.propertyChange\", \"propertyName\": \"" + property + "\", \"propertyValue\": \"" + value
                + "\", \"occurredAt\": " + at + ", \"attemptNumber\": 0}";
    }

    static String batch(String... events) {
        return "[" + String.join(", ", events) + "]";
    }

    static ValidatableResponse send(String body, long timestamp, String secret) {
        String url = RestAssured.baseURI + ":" + RestAssured.port + PATH;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String signature = HubSpotSignature.sign(secret, "POST", url, bytes, Long.toString(timestamp));
        return anonymous()
                .header("X-HubSpot-Signature-v3", signature)
                .header("X-HubSpot-Request-Timestamp", Long.toString(timestamp))
                .body(bytes)
                .post(PATH)
                .then();
    }

    static ValidatableResponse send(String body) {
        return send(body, System.currentTimeMillis(), SECRET);
    }

    void workOff() {
        while (inbound.work() > 0) {
            // until the inbox is empty
        }
    }

    static ValidatableResponse lead(long objectId) {
        return as("revops")
                .queryParam("source", "HUBSPOT")
                .queryParam("externalId", Long.toString(objectId))
                .get("/api/leads")
                .then()
                .statusCode(200);
    }

    long stored(long eventId) {
        return (Long) entityManager
                .createNativeQuery(
                        "SELECT count(*) FROM inbound_event WHERE source = 'hubspot' AND event_key = ?1", Long.class)
                .setParameter(1, Long.toString(eventId))
                .getSingleResult();
    }

    @Test
    void aContactBecomesALeadOnceItsEmailIsKnownAndEngagementsBecomeActivities() {
        long contact = contact();
        long now = System.currentTimeMillis();
        send(batch(
                        creation(contact, EVENT_IDS.incrementAndGet()),
                        change(contact, EVENT_IDS.incrementAndGet(), "firstname", "Dana", now)))
                .statusCode(204);
        workOff();
        lead(contact).body("items", hasSize(0));

        send(batch(
                        change(
                                contact,
                                EVENT_IDS.incrementAndGet(),
                                "email",
                                "dana." + contact + "@northwind.example",
                                now),
                        change(contact, EVENT_IDS.incrementAndGet(), "numemployees", "100-500", now),
                        change(contact, EVENT_IDS.incrementAndGet(), "hs_email_last_open_date", "1764581400000", now)))
                .statusCode(204);
        workOff();
        String id = lead(contact)
                .body("items", hasSize(1))
                .body("items[0].email", equalTo("dana." + contact + "@northwind.example"))
                .body("items[0].firstName", equalTo("Dana"))
                .body("items[0].companySize", equalTo(100))
                .body("items[0].source", equalTo("HUBSPOT"))
                .extract()
                .path("items[0].id");
        // the engagement was queued with the email in one batch: the lead is written first, then the activity
        as("sales")
                .get("/api/leads/" + id + "/activities")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("EMAIL_OPEN"));
    }

    @Test
    void laterChangesUpdateTheLeadAndKeepWhatHubSpotDoesNotMap() {
        long contact = contact();
        long now = System.currentTimeMillis();
        send(batch(change(contact, EVENT_IDS.incrementAndGet(), "email", "kim." + contact + "@contoso.example", now)))
                .statusCode(204);
        workOff();
        String id = lead(contact).extract().path("items[0].id");
        String etag = as("revops").get("/api/leads/" + id).then().extract().header("ETag");
        as("revops")
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("bant", Map.of("budget", "CONFIRMED")))
                .patch("/api/leads/" + id)
                .then()
                .statusCode(200);

        send(batch(
                        change(contact, EVENT_IDS.incrementAndGet(), "company", "Contoso", now + 1000),
                        change(contact, EVENT_IDS.incrementAndGet(), "company", "Older Name", now - 1000)))
                .statusCode(204);
        workOff();
        as("revops")
                .get("/api/leads/" + id)
                .then()
                .body("company", equalTo("Contoso"))
                .body("bant.budget", equalTo("CONFIRMED"));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        long contact = contact();
        long eventId = EVENT_IDS.incrementAndGet();
        long now = System.currentTimeMillis();
        send(batch(change(contact, eventId, "email", "lee." + contact + "@fabrikam.example", now)))
                .statusCode(204);
        workOff();
        send(batch(change(contact, eventId, "email", "replayed." + contact + "@fabrikam.example", now + 5000)))
                .statusCode(204);
        workOff();
        lead(contact).body("items[0].email", equalTo("lee." + contact + "@fabrikam.example"));
        assertEquals(1, stored(eventId));
    }

    @Test
    void wrongSignaturesOldTimestampsAndMissingHeadersAreRefusedAndStoreNothing() {
        long contact = contact();
        long eventId = EVENT_IDS.incrementAndGet();
        String body = batch(change(contact, eventId, "email", "x@fabrikam.example", System.currentTimeMillis()));
        send(body, System.currentTimeMillis(), "not-the-secret")
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("does not match"));
        send(body, System.currentTimeMillis() - 6 * 60 * 1000, SECRET)
                .statusCode(401)
                .body("detail", containsString("minutes"));
        anonymous().body(body).post(PATH).then().statusCode(401).contentType("application/problem+json");
        workOff();
        assertEquals(0, stored(eventId));
        lead(contact).body("items", hasSize(0));
    }

    @Test
    void aBodyThatIsNotABatchOfEventsIsA400() {
        send("{\"eventId\": 1}").statusCode(400).contentType("application/problem+json");
        send("[{\"objectId\": 5, \"subscriptionType\": \"contact.creation\", \"occurredAt\": 1}]")
                .statusCode(400)
                .body("errors[0].field", equalTo("[0].eventId"));
        send("[1, 2]").statusCode(400);
    }

    @Test
    void aBadValueIsRecordedAsRefusedAndWritesNoLead() {
        long contact = contact();
        long eventId = EVENT_IDS.incrementAndGet();
        send(batch(change(contact, eventId, "email", "not-an-address", System.currentTimeMillis())))
                .statusCode(204);
        workOff();
        lead(contact).body("items", hasSize(0));
        List<?> outcome = entityManager
                .createNativeQuery(
                        "SELECT outcome, detail FROM inbound_event WHERE source = 'hubspot' AND event_key = ?1")
                .setParameter(1, Long.toString(eventId))
                .getResultList();
        Object[] row = (Object[]) outcome.get(0);
        assertEquals("REFUSED", row[0]);
        assertEquals("email is not an email address", row[1]);
    }
}
