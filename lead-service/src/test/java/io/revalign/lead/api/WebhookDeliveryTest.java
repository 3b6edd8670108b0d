package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.WebhookReceiver;
import io.revalign.common.testing.WebhookReceiver.Delivery;
import io.revalign.common.testing.WebhookSubscriptions;
import io.revalign.common.webhooks.WebhookDispatcher;
import io.revalign.common.webhooks.WebhookStore;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbound webhooks end to end: a local receiver gets lead events signed so that the Standard Webhooks
 * authors' own verifier (not the service's signer) accepts them, a failing
 * receiver gets the event once it recovers, two dispatchers never send one attempt twice, a subscriber
 * failing for a day is switched off, and an internal address is refused.
 */
@QuarkusTest
class WebhookDeliveryTest {

    static final String SUBSCRIPTIONS = "/api/webhooks/lead/subscriptions";

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    DataSource database;

    @Inject
    WebhookStore store;

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

    Map<String, Object> subscribe() {
        return hooks.subscribe("lead.created");
    }

    static String newLead() {
        return as("marketing")
                .body(Map.of("email", "hook." + System.nanoTime() + "@northwind.example", "source", "WEB_FORM"))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    void dispatch() {
        hooks.dispatch();
    }

    List<Delivery> about(String leadId) {
        return receiver.about("id", leadId);
    }

    @Test
    void aNewLeadReachesItsSubscriberSignedAndTheSecretIsShownOnce() throws Exception {
        Map<String, Object> subscription = subscribe();
        String lead = newLead();
        dispatch();
        List<Delivery> got = about(lead);
        assertEquals(1, got.size());
        Delivery event = got.get(0);
        assertTrue(event.verifies((String) subscription.get("secret")), "the signature verifies");
        assertEquals("lead.created", event.json().path("type").asText());
        assertTrue(
                Math.abs(Long.parseLong(event.header("webhook-timestamp")) - System.currentTimeMillis() / 1000) < 60);
        as("admin")
                .get(SUBSCRIPTIONS + "/" + subscription.get("id"))
                .then()
                .statusCode(200)
                .body("$", not(hasKey("secret")))
                .body("active", equalTo(true));
        as("admin")
                .get(SUBSCRIPTIONS + "/" + subscription.get("id") + "/deliveries")
                .then()
                .body("items.find { it.eventId == '" + event.id() + "' }.status", equalTo("DELIVERED"));
    }

    @Test
    void aFailingReceiverGetsTheEventOnceItRecovers() throws Exception {
        Map<String, Object> subscription = subscribe();
        receiver.answer(503);
        String lead = newLead();
        dispatcher.fanOut();
        dispatcher.deliver();
        assertEquals(1, about(lead).size());
        String eventId = about(lead).get(0).id();
        as("admin")
                .get(SUBSCRIPTIONS + "/" + subscription.get("id") + "/deliveries")
                .then()
                .body("items.find { it.eventId == '" + eventId + "' }.status", equalTo("PENDING"))
                .body("items.find { it.eventId == '" + eventId + "' }.lastStatus", equalTo(503));
        receiver.answer(200);
        dispatch();
        List<Delivery> got = about(lead);
        assertEquals(2, got.size());
        assertEquals(eventId, got.get(1).id(), "a retry keeps its webhook-id");
        assertTrue(got.get(1).verifies((String) subscription.get("secret")));
    }

    @Test
    void twoDispatchersNeverSendOneAttemptTwice() throws Exception {
        subscribe();
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            leads.add(newLead());
        }
        while (dispatcher.fanOut() > 0) {
            // all 40 fanned out
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            workers.add(pool.submit(() -> {
                while (dispatcher.deliver() > 0) {
                    // share the work
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        for (String lead : leads) {
            assertEquals(1, about(lead).size(), "lead " + lead + " announced exactly once");
        }
    }

    @Test
    void aSubscriberFailingForADayIsSwitchedOffAndSaysWhy() throws Exception {
        Map<String, Object> subscription = subscribe();
        receiver.answer(500);
        newLead();
        dispatcher.fanOut();
        dispatcher.deliver();
        QuarkusMock.installMockForType(Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofHours(25)), Clock.class);
        dispatcher.deliver();
        as("admin")
                .get(SUBSCRIPTIONS + "/" + subscription.get("id"))
                .then()
                .body("active", equalTo(false))
                .body("disabledReason", containsString("deliveries failed for 24 hours (last: HTTP 500)"));
        as("admin")
                .get(SUBSCRIPTIONS + "/" + subscription.get("id") + "/deliveries")
                .then()
                .body("items[0].status", equalTo("DEAD"));
        as("admin")
                .post(SUBSCRIPTIONS + "/" + subscription.get("id") + "/enable")
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
    }

    @Test
    void anEventNobodyAskedForIsWrittenFannedOutAndOneAskedForIsDelivered() throws Exception {
        String unheard = newLead();
        assertEquals(Boolean.TRUE, fannedOut(unheard), "no subscription: the fan-out never has to touch it");
        Map<String, Object> subscription = subscribe();
        String heard = newLead();
        assertEquals(Boolean.FALSE, fannedOut(heard), "a subscription asks for it: left for the fan-out");
        dispatch();
        assertEquals(1, about(heard).size());
        assertEquals(0, about(unheard).size());
        store.setActive(java.util.UUID.fromString((String) subscription.get("id")), false, "paused by the test");
        String whilePaused = newLead();
        assertEquals(Boolean.TRUE, fannedOut(whilePaused), "an inactive subscription asks for nothing");
    }

    @Test
    void onePassRecordsEveryOutcomeOfItsBatch() throws Exception {
        Map<String, Object> ok = subscribe();
        WebhookReceiver failing = WebhookReceiver.start();
        try {
            failing.answer(500);
            Map<String, Object> bad = as("integration")
                    .body(Map.of("url", failing.url(), "eventTypes", List.of("lead.created")))
                    .post(SUBSCRIPTIONS)
                    .then()
                    .statusCode(201)
                    .extract()
                    .as(Map.class);
            List<String> leads = List.of(newLead(), newLead(), newLead());
            while (dispatcher.fanOut() > 0) {
                // three events, two subscriptions
            }
            assertEquals(6, dispatcher.deliver(), "one pass sends all six");
            for (String lead : leads) {
                assertEquals(1, about(lead).size());
            }
            as("admin")
                    .get(SUBSCRIPTIONS + "/" + ok.get("id") + "/deliveries")
                    .then()
                    .body("items.size()", equalTo(3))
                    .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("DELIVERED")))
                    .body("items.lastStatus", org.hamcrest.Matchers.everyItem(equalTo(204)))
                    .body("items.attempts", org.hamcrest.Matchers.everyItem(equalTo(1)));
            as("admin")
                    .get(SUBSCRIPTIONS + "/" + bad.get("id") + "/deliveries")
                    .then()
                    .body("items.size()", equalTo(3))
                    .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("PENDING")))
                    .body("items.lastStatus", org.hamcrest.Matchers.everyItem(equalTo(500)))
                    .body("items.lastError", org.hamcrest.Matchers.everyItem(equalTo("HTTP 500")))
                    .body("items.nextAttemptAt", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
        } finally {
            failing.close();
        }
    }

    /** Whether the lead's lead.created event is marked fanned out. */
    Boolean fannedOut(String leadId) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT fanned_out FROM outbox_event"
                        + " WHERE type = 'lead.created' AND (payload -> 'data' ->> 'id') = ?")) {
            s.setString(1, leadId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getBoolean(1) : null;
            }
        }
    }

    @Test
    void anInternalAddressIsRefusedAndNothingIsStored() {
        as("integration")
                .body(Map.of(
                        "url", "http://127.0.0.1:" + receiver.port() + "/hook", "eventTypes", List.of("lead.created")))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("points inside the network"));
        as("integration")
                .body(Map.of("url", hook(), "eventTypes", List.of("lead.deleted")))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("eventTypes[0]"));
        as("admin").get(SUBSCRIPTIONS).then().body("size()", equalTo(0));
    }

    @Test
    void onlyAdminsAndIntegrationsManageSubscriptions() {
        as("sales").get(SUBSCRIPTIONS).then().statusCode(403);
        as("marketing")
                .body(Map.of("url", hook(), "eventTypes", List.of("lead.created")))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(403);
    }
}
