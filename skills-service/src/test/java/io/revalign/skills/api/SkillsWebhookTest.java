package io.revalign.skills.api;

import static io.revalign.common.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.WebhookReceiver;
import io.revalign.common.testing.WebhookReceiver.Delivery;
import io.revalign.common.testing.WebhookSubscriptions;
import io.revalign.common.webhooks.WebhookDispatcher;
import io.revalign.skills.domain.AssessmentSource;
import io.revalign.skills.domain.Caller;
import io.revalign.skills.service.AssessmentService;
import io.revalign.skills.service.OverdueEnrolments;
import io.revalign.skills.service.RecordAssessment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * skills-service's outbound events end to end: seller.readiness_changed when a seller's readiness flips (an
 * assessment, a new profile version) and never on a rollback, enrolment.overdue once per enrolment even with two
 * jobs running at once, each delivered to a local receiver with a signature a verifier written from the Standard
 * Webhooks specification accepts.
 */
@QuarkusTest
class SkillsWebhookTest {

    static final String SUBSCRIPTIONS = "/api/webhooks/skills/subscriptions";

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    OverdueEnrolments overdue;

    @Inject
    AssessmentService assessments;

    @Inject
    DataSource database;

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

    String subscribe(String... types) {
        return (String) hooks.subscribe(types).get("secret");
    }

    void dispatch() {
        hooks.dispatch();
    }

    /** What the receiver got about one seller, each verified against the secret. */
    List<JsonNode> receivedAbout(String secret, String sellerId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (Delivery r : receiver.about("sellerId", sellerId)) {
            r.verify(secret); // throws unless the signature verifies
            found.add(r.json());
        }
        return found;
    }

    static void assess(String sellerId, String skill, int level) {
        as("enablement")
                .body(Map.of("skillKey", skill, "level", level, "source", "MANAGER"))
                .post("/api/sellers/" + sellerId + "/assessments")
                .then()
                .statusCode(201);
    }

    @Test
    void aSellerBecomingReadyAndThenNotIsAnnouncedOnceEachSigned() throws Exception {
        String secret = subscribe("seller.readiness_changed");
        String k1 = Fixtures.newSkill();
        String k2 = Fixtures.newSkill();
        Fixtures.profile("SE", "2027-12-31", k1, 2, k2, 1);
        String seller = Fixtures.putSeller(Fixtures.unique("S"), "SE", Fixtures.unique("team"), null);

        assess(seller, k1, 3); // one of two requirements met: still not ready, nothing to say
        assertEquals(0, eventsAbout("seller.readiness_changed", seller));
        assess(seller, k2, 1); // both met: READY
        assess(seller, k2, 2); // still READY: nothing new
        assertEquals(1, eventsAbout("seller.readiness_changed", seller));
        // a new profile version raises k1 above the seller's level: no longer ready
        Fixtures.profile("SE", "2027-12-31", k1, 4, k2, 1);
        assertEquals(2, eventsAbout("seller.readiness_changed", seller));

        dispatch();
        // deliveries of one pass go out at once, so they may arrive in any order: order them by the change
        List<JsonNode> got = new ArrayList<>(receivedAbout(secret, seller));
        got.sort(java.util.Comparator.comparing(
                e -> e.path("data").path("changedAt").asText()));
        assertEquals(2, got.size());
        assertEquals("READY", got.get(0).path("data").path("readiness").asText());
        assertEquals(
                "NEEDS_RESKILLING",
                got.get(0).path("data").path("previousReadiness").asText());
        assertEquals(2, got.get(0).path("data").path("skillsMet").asInt());
        assertEquals(2, got.get(0).path("data").path("skillsRequired").asInt());
        assertEquals("SE", got.get(0).path("data").path("role").asText());
        assertEquals(
                "NEEDS_RESKILLING", got.get(1).path("data").path("readiness").asText());
        assertEquals(1, got.get(1).path("data").path("skillsMet").asInt());
        assertEquals(
                got.get(0).path("data").path("profileVersion").asInt() + 1,
                got.get(1).path("data").path("profileVersion").asInt());
        assertEquals("seller.readiness_changed", got.get(1).path("type").asText());
    }

    @Test
    void aRolledBackAssessmentAnnouncesNothing() throws Exception {
        String k1 = Fixtures.newSkill();
        Fixtures.profile("AM", "2027-12-31", k1, 2);
        String seller = Fixtures.putSeller(Fixtures.unique("S"), "AM", Fixtures.unique("team"), null);
        Caller enablement = new Caller("enablement@revalign.test", Set.of("enablement"));

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    assessments.record(
                            UUID.fromString(seller),
                            new RecordAssessment(k1, 3, AssessmentSource.MANAGER, null, null),
                            enablement);
                    throw new IllegalStateException("rolled back");
                }));
        assertEquals(0, eventsAbout("seller.readiness_changed", seller));

        assess(seller, k1, 3);
        assertEquals(1, eventsAbout("seller.readiness_changed", seller));
    }

    @Test
    void anOverdueEnrolmentIsAnnouncedOnceEvenByTwoJobsAtOnce() throws Exception {
        String secret = subscribe("enrolment.overdue");
        String k1 = Fixtures.newSkill();
        String k2 = Fixtures.newSkill();
        Fixtures.profile("SDR", "2027-12-31", k1, 3, k2, 2);
        PlanAndForecastTest.module("Overdue A", 10, k1, 3);
        PlanAndForecastTest.module("Overdue B", 3, k2, 2);
        String seller = Fixtures.putSeller(Fixtures.unique("S"), "SDR", Fixtures.unique("team"), null);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusWeeks(12);
        List<String> steps = as("enablement")
                .body(Map.of("startOn", start.toString(), "hoursPerWeek", 4))
                .post("/api/sellers/" + seller + "/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("steps.id");
        assertEquals(2, steps.size());
        // the first is completed before it is checked: only the second is overdue
        PlanAndForecastTest.progress(steps.get(0), 100);

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(overdue::announceAll);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(overdue::announceAll);
        a.get();
        b.get();
        assertEquals(1, eventsAbout("enrolment.overdue", seller));
        overdue.announceAll();
        assertEquals(1, eventsAbout("enrolment.overdue", seller), "announced once, however often the job runs");

        dispatch();
        List<JsonNode> got = receivedAbout(secret, seller);
        assertEquals(1, got.size());
        JsonNode data = got.get(0).path("data");
        assertEquals(steps.get(1), data.path("enrolmentId").asText());
        assertEquals("ASSIGNED", data.path("status").asText());
        assertEquals("Overdue B", data.path("moduleTitle").asText());
        assertTrue(LocalDate.parse(data.path("dueOn").asText()).isBefore(LocalDate.now(ZoneOffset.UTC)));
        as("enablement")
                .get("/api/enrolments/" + steps.get(1))
                .then()
                .body("status", org.hamcrest.Matchers.equalTo("OVERDUE"));
    }

    @Test
    void subscriptionsTakeOnlySkillsEventTypes() {
        as("integration")
                .body(Map.of("url", "https://lms-sync.northwind.example/hook", "eventTypes", List.of("lead.created")))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(400);
        as("sales")
                .body(Map.of(
                        "url", "https://lms-sync.northwind.example/hook", "eventTypes", List.of("enrolment.overdue")))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(403);
    }

    private int eventsAbout(String type, String sellerId) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE type = ?"
                        + " AND (payload -> 'data' ->> 'sellerId') = ?")) {
            s.setString(1, type);
            s.setString(2, sellerId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
