package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.webhooks.WebhookDispatcher;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbound webhooks end to end: a local receiver gets lead events signed so that a verifier written
 * from the Standard Webhooks specification (here, not the service's signer) accepts them, a failing
 * receiver gets the event once it recovers, two dispatchers never send one attempt twice, a subscriber
 * failing for a day is switched off, and an internal address is refused.
 */
@QuarkusTest
class WebhookDeliveryTest {

    static final String SUBSCRIPTIONS = "/api/webhooks/lead/subscriptions";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookDispatcher dispatcher;

    HttpServer receiver;
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger answer = new AtomicInteger(204);

    record Received(String id, String timestamp, String signature, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeEach
    void start() throws IOException {
        while (dispatcher.fanOut() > 0) {
            // events of earlier tests go to nobody here
        }
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        List<String> ids = as("admin").get(SUBSCRIPTIONS).then().extract().path("id");
        ids.forEach(id -> as("admin").delete(SUBSCRIPTIONS + "/" + id).then().statusCode(204));
    }

    String hook() {
        return "http://localhost:" + receiver.getAddress().getPort() + "/hook";
    }

    Map<String, Object> subscribe() {
        return as("integration")
                .body(Map.of("url", hook(), "eventTypes", List.of("lead.created")))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(201)
                .body("secret", org.hamcrest.Matchers.startsWith("whsec_"))
                .extract()
                .as(Map.class);
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
        while (dispatcher.fanOut() + dispatcher.deliver() > 0) {
            // until nothing is due
        }
    }

    List<Received> about(String leadId) throws IOException {
        List<Received> found = new ArrayList<>();
        for (Received r : List.copyOf(received)) {
            if (leadId.equals(r.json().path("data").path("id").asText())) {
                found.add(r);
            }
        }
        return found;
    }

    /** Standard Webhooks verification, written from the specification. */
    static boolean verifies(String secret, Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        String wanted = "v1," + Base64.getEncoder().encodeToString(expected);
        for (String signature : r.signature().split(" ")) {
            if (signature.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aNewLeadReachesItsSubscriberSignedAndTheSecretIsShownOnce() throws Exception {
        Map<String, Object> subscription = subscribe();
        String lead = newLead();
        dispatch();
        List<Received> got = about(lead);
        assertEquals(1, got.size());
        Received event = got.get(0);
        assertTrue(verifies((String) subscription.get("secret"), event), "the signature verifies");
        assertEquals("lead.created", event.json().path("type").asText());
        assertTrue(Math.abs(Long.parseLong(event.timestamp()) - System.currentTimeMillis() / 1000) < 60);
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
        answer.set(503);
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
        answer.set(200);
        dispatch();
        List<Received> got = about(lead);
        assertEquals(2, got.size());
        assertEquals(eventId, got.get(1).id(), "a retry keeps its webhook-id");
        assertTrue(verifies((String) subscription.get("secret"), got.get(1)));
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
        answer.set(500);
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
    void anInternalAddressIsRefusedAndNothingIsStored() {
        as("integration")
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                        "eventTypes",
                        List.of("lead.created")))
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
