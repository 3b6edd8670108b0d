package io.revalign.lead.api;

import static io.revalign.common.testing.Api.anonymous;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.testing.DevTokens;
import io.revalign.common.testing.PostgresTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Creating POSTs are safe to retry with an Idempotency-Key (common's Idempotency, exercised on leads). */
@QuarkusTest
class IdempotencyTest {

    /** A web-form lead: no external id, so without a key a retry would create a second lead. */
    static Map<String, Object> webLead(String email) {
        return Map.of("email", email, "source", "WEB_FORM", "company", "Contoso");
    }

    static String email() {
        return "retry-" + UUID.randomUUID() + "@contoso.example";
    }

    static int leadsWithEmail(String email) {
        return as("revops")
                .queryParam("email", email)
                .get("/api/leads")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
    }

    @Test
    void replayReturnsTheFirstResponseAndCreatesNothingMore() {
        String key = UUID.randomUUID().toString();
        String email = email();
        Response first = as("marketing")
                .header("Idempotency-Key", key)
                .body(webLead(email))
                .post("/api/leads");
        first.then().statusCode(201);

        as("marketing")
                .header("Idempotency-Key", key)
                .body(webLead(email))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")))
                .body("email", equalTo(email));
        assertEquals(1, leadsWithEmail(email));
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        String email = email();
        as("marketing").body(webLead(email)).post("/api/leads").then().statusCode(201);
        as("marketing").body(webLead(email)).post("/api/leads").then().statusCode(201);
        assertEquals(2, leadsWithEmail(email));
    }

    @Test
    void sameKeyWithAnotherBodyIsUnprocessable() {
        String key = UUID.randomUUID().toString();
        String email = email();
        as("marketing")
                .header("Idempotency-Key", key)
                .body(webLead(email))
                .post("/api/leads")
                .then()
                .statusCode(201);
        String other = email();
        as("marketing")
                .header("Idempotency-Key", key)
                .body(webLead(other))
                .post("/api/leads")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:unprocessable"));
        assertEquals(0, leadsWithEmail(other));
    }

    /** Claims {@code key} for the test user as a request that has not finished, hashed like {@code doneKey}'s. */
    static void claimUnfinished(String key, String doneKey, String claimedAt) throws Exception {
        try (Connection db = DriverManager.getConnection(
                        PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE), "lead_service", "");
                PreparedStatement claim = db.prepareStatement("INSERT INTO lead.idempotency_key"
                        + " (principal, key, endpoint, request_hash, claimed_at)"
                        + " SELECT principal, ?, endpoint, request_hash, " + claimedAt
                        + " FROM lead.idempotency_key WHERE principal = ? AND key = ?")) {
            claim.setString(1, key);
            claim.setString(2, "test-user@revalign.test");
            claim.setString(3, doneKey);
            assertEquals(1, claim.executeUpdate());
        }
    }

    @Test
    void replayWhileTheFirstIsInFlightIsAConflict() throws Exception {
        String email = email();
        String doneKey = UUID.randomUUID().toString();
        as("marketing")
                .header("Idempotency-Key", doneKey)
                .body(webLead(email))
                .post("/api/leads")
                .then()
                .statusCode(201);
        String runningKey = UUID.randomUUID().toString();
        claimUnfinished(runningKey, doneKey, "now()");

        as("marketing")
                .header("Idempotency-Key", runningKey)
                .body(webLead(email))
                .post("/api/leads")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("still being processed"));
        assertEquals(1, leadsWithEmail(email));
    }

    @Test
    void abandonedClaimIsTakenOver() throws Exception {
        String email = email();
        String doneKey = UUID.randomUUID().toString();
        as("marketing")
                .header("Idempotency-Key", doneKey)
                .body(webLead(email))
                .post("/api/leads")
                .then()
                .statusCode(201);
        String abandonedKey = UUID.randomUUID().toString();
        claimUnfinished(abandonedKey, doneKey, "now() - interval '5 minutes'");

        as("marketing")
                .header("Idempotency-Key", abandonedKey)
                .body(webLead(email))
                .post("/api/leads")
                .then()
                .statusCode(201);
        assertEquals(2, leadsWithEmail(email));
    }

    @Test
    void concurrentReplaysCreateExactlyOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String email = email();
        String token = DevTokens.forRoles("integration");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> anonymous()
                    .auth()
                    .oauth2(token)
                    .header("Idempotency-Key", key)
                    .body(webLead(email))
                    .post("/api/leads"));
        }
        Set<String> ids = new HashSet<>();
        int created = 0;
        for (Future<Response> result : pool.invokeAll(calls)) {
            Response response = result.get();
            assertTrue(
                    response.statusCode() == 201 || response.statusCode() == 409,
                    "201 or in-flight 409, was " + response.statusCode() + " " + response.asString());
            if (response.statusCode() == 201) {
                created++;
                ids.add(response.path("id"));
            } else {
                assertTrue(response.asString().contains("still being processed"), response.asString());
            }
        }
        pool.shutdown();
        assertTrue(created >= 1);
        assertEquals(1, ids.size(), "every 201 is the same lead");
        assertEquals(1, leadsWithEmail(email));
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String email = email();
        anonymous()
                .auth()
                .oauth2(DevTokens.forUser("hubspot-sync", "integration"))
                .header("Idempotency-Key", key)
                .body(webLead(email))
                .post("/api/leads")
                .then()
                .statusCode(201);
        anonymous()
                .auth()
                .oauth2(DevTokens.forUser("salesforce-sync", "integration"))
                .header("Idempotency-Key", key)
                .body(webLead(email))
                .post("/api/leads")
                .then()
                .statusCode(201);
        assertEquals(2, leadsWithEmail(email));
    }

    @Test
    void failedFirstRequestDoesNotHoldTheKey() {
        String key = UUID.randomUUID().toString();
        String externalId = LeadResourceTest.unique();
        as("integration")
                .body(LeadResourceTest.lead(externalId))
                .post("/api/leads")
                .then()
                .statusCode(201);
        // Same external reference: the create fails with a conflict, and the key is released.
        as("integration")
                .header("Idempotency-Key", key)
                .body(LeadResourceTest.lead(externalId))
                .post("/api/leads")
                .then()
                .statusCode(409)
                .body("detail", containsString("already has externalId"));
        as("integration")
                .header("Idempotency-Key", key)
                .body(LeadResourceTest.lead(externalId))
                .post("/api/leads")
                .then()
                .statusCode(409)
                .body("detail", containsString("already has externalId"));
    }

    @Inject
    Idempotency idempotency;

    @Test
    void keysAreForgottenAfterADay() throws Exception {
        String email = email();
        String doneKey = UUID.randomUUID().toString();
        as("marketing")
                .header("Idempotency-Key", doneKey)
                .body(webLead(email))
                .post("/api/leads")
                .then()
                .statusCode(201);
        String oldKey = UUID.randomUUID().toString();
        claimUnfinished(oldKey, doneKey, "now() - interval '25 hours'");

        idempotency.forgetOldKeys();

        try (Connection db = DriverManager.getConnection(
                        PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE), "lead_service", "");
                PreparedStatement keys =
                        db.prepareStatement("SELECT key FROM lead.idempotency_key WHERE key IN (?, ?)")) {
            keys.setString(1, doneKey);
            keys.setString(2, oldKey);
            List<String> left = new ArrayList<>();
            try (var rows = keys.executeQuery()) {
                while (rows.next()) {
                    left.add(rows.getString(1));
                }
            }
            assertEquals(List.of(doneKey), left, "the day-old key is gone, today's stays");
        }
    }

    @Test
    void malformedKeyIsAValidationError() {
        as("marketing")
                .header("Idempotency-Key", "x".repeat(256))
                .body(webLead(email()))
                .post("/api/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
