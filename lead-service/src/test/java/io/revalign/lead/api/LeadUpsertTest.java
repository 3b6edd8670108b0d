package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
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

/** Upsert by (source, externalId), one at a time and in bulk, also under concurrency. */
@QuarkusTest
class LeadUpsertTest {

    static Map<String, Object> fields(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", "sam.lee@contoso.example");
        body.put("company", "Contoso");
        body.put("title", title);
        return body;
    }

    static Map<String, Object> record(String externalId, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("source", "HUBSPOT");
        body.put("externalId", externalId);
        return body;
    }

    static int leadsWith(String source, String externalId) {
        return as("revops")
                .queryParam("source", source)
                .queryParam("externalId", externalId)
                .get("/api/leads")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
    }

    @Test
    void createsThenUpdatesThenSaysUnchanged() {
        String externalId = LeadResourceTest.unique();
        String url = "/api/leads/external/SALESFORCE/" + externalId;
        Response created = as("integration")
                .body(fields("AE"))
                .put(url)
                .then()
                .statusCode(201)
                .header("Upsert-Status", "CREATED")
                .header("ETag", "\"0\"")
                .body("externalId", equalTo(externalId))
                .body("source", equalTo("SALESFORCE"))
                .body("lifecycleStage", equalTo("LEAD"))
                .extract()
                .response();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/leads/" + id), created.header("Location"));

        as("integration")
                .body(fields("CRO"))
                .put(url)
                .then()
                .statusCode(200)
                .header("Upsert-Status", "UPDATED")
                .header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("title", equalTo("CRO"));
        String updatedAt = as("revops").get("/api/leads/" + id).path("updatedAt");

        as("integration")
                .body(fields("CRO"))
                .put(url)
                .then()
                .statusCode(200)
                .header("Upsert-Status", "UNCHANGED")
                .header("ETag", "\"1\"")
                .body("updatedAt", equalTo(updatedAt));
    }

    @Test
    void neverMatchesByEmailAlone() {
        String a = LeadResourceTest.unique();
        String b = LeadResourceTest.unique();
        String first = as("integration")
                .body(fields("AE"))
                .put("/api/leads/external/HUBSPOT/" + a)
                .path("id");
        String second = as("integration")
                .body(fields("AE"))
                .put("/api/leads/external/HUBSPOT/" + b)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertTrue(!first.equals(second));
    }

    @Test
    void unknownSourceIs400() {
        as("integration")
                .body(fields("AE"))
                .put("/api/leads/external/MYSPACE/x1")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("source"));
    }

    @Test
    void twentyParallelUpsertsOfOneIdMakeExactlyOneLead() throws Exception {
        String externalId = LeadResourceTest.unique();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> as("integration")
                    .body(fields("AE"))
                    .put("/api/leads/external/WEB_FORM/" + externalId)
                    .statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1, leadsWith("WEB_FORM", externalId));
    }

    @Test
    void bulkReportsEveryRecordInOrderAndWritesTheValidOnes() {
        String a = LeadResourceTest.unique();
        String b = LeadResourceTest.unique();
        as("integration")
                .body(fields("AE"))
                .put("/api/leads/external/HUBSPOT/" + b)
                .then()
                .statusCode(201);
        List<Map<String, Object>> records = List.of(
                record(a, "a1@contoso.example"),
                record("", "x@contoso.example"),
                record(b, "new@contoso.example"),
                record(a, "a2@contoso.example"),
                record(a, "a2@contoso.example"),
                Map.of("email", "no-id@contoso.example", "source", "HUBSPOT"));
        as("integration")
                .body(Map.of("records", records))
                .post("/api/leads/bulk")
                .then()
                .statusCode(200)
                .body("results", hasSize(6))
                .body("results.index", equalTo(List.of(0, 1, 2, 3, 4, 5)))
                .body(
                        "results.status",
                        equalTo(List.of("CREATED", "FAILED", "UPDATED", "UPDATED", "UNCHANGED", "FAILED")))
                .body("results[1].errors[0].field", equalTo("externalId"))
                .body("results[5].errors[0].field", equalTo("externalId"))
                .body("summary.created", equalTo(1))
                .body("summary.updated", equalTo(2))
                .body("summary.unchanged", equalTo(1))
                .body("summary.failed", equalTo(2));
        Response lead = as("revops")
                .queryParam("source", "HUBSPOT")
                .queryParam("externalId", a)
                .get("/api/leads");
        assertEquals("a2@contoso.example", lead.path("items[0].email"));
        assertEquals(1, leadsWith("HUBSPOT", a));
    }

    @Test
    void overOneThousandRecordsIs413AndWritesNothing() {
        String prefix = "big-" + UUID.randomUUID();
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            records.add(record(prefix + "-" + i, "big@contoso.example"));
        }
        as("integration")
                .body(Map.of("records", records))
                .post("/api/leads/bulk")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("1000"));
        assertEquals(0, leadsWith("HUBSPOT", prefix + "-0"));
    }

    @Test
    void bulkReplayWithIdempotencyKeyAnswersTheSameAndWritesOnce() {
        String a = LeadResourceTest.unique();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("records", List.of(record(a, "a@contoso.example")));
        as("integration")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/leads/bulk")
                .then()
                .statusCode(200)
                .body("results[0].status", equalTo("CREATED"));
        as("integration")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/leads/bulk")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("results[0].status", equalTo("CREATED"));
        assertEquals(1, leadsWith("HUBSPOT", a));
    }

    @Test
    void fourParallelBulkSendersWithOverlappingIdsLoseAndDuplicateNothing() throws Exception {
        String prefix = "p-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int sender = 0; sender < 4; sender++) {
            List<Map<String, Object>> records = new ArrayList<>();
            // sender s sends ids s*100 .. s*100+199: each id is sent by two senders
            for (int i = sender * 100; i < sender * 100 + 200; i++) {
                records.add(record(prefix + "-" + i, "p" + i + "@contoso.example"));
            }
            calls.add(() -> as("integration").body(Map.of("records", records)).post("/api/leads/bulk"));
        }
        Set<String> ids = new HashSet<>();
        int created = 0;
        int accounted = 0;
        for (Future<Response> f : pool.invokeAll(calls)) {
            Response response = f.get();
            assertEquals(200, response.statusCode(), response.asString());
            created += response.<Integer>path("summary.created");
            accounted += response.<Integer>path("summary.created")
                    + response.<Integer>path("summary.unchanged")
                    + response.<Integer>path("summary.updated");
            ids.addAll(response.jsonPath().getList("results.id", String.class));
        }
        pool.shutdown();
        assertEquals(800, accounted);
        assertEquals(500, created);
        assertEquals(500, ids.size()); // a duplicated row would show as a second id for one external id
        for (int i = 0; i < 500; i += 99) {
            assertEquals(1, leadsWith("HUBSPOT", prefix + "-" + i));
        }
    }
}
