package io.revalign.lead.service;

import static io.revalign.common.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.lead.api.Qualifying;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Re-scoring after an activation: claimed batches, a worker that stops mid-batch, and the job resumed. */
@QuarkusTest
class RescoreJobTest {

    @Inject
    QualificationJobs jobs;

    @Test
    void aJobResumesAfterItsWorkerStopsAndScoresEveryLeadOnce() throws Exception {
        String run = Qualifying.run();
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            records.add(Map.of(
                    "email",
                    "r" + i + "@contoso.example",
                    "source",
                    "IMPORT",
                    "externalId",
                    run + "-" + i,
                    "companySize",
                    800,
                    "bant",
                    Map.of("authority", "DECISION_MAKER"),
                    "attributes",
                    Map.of("run", run)));
        }
        as("integration")
                .body(Map.of("records", records))
                .post("/api/leads/bulk")
                .then()
                .statusCode(200);
        String firstLead = as("sales")
                .queryParam("externalId", run + "-0")
                .get("/api/leads")
                .then()
                .extract()
                .path("items[0].id");

        // Threshold 40: the 120 leads (fit 50) qualify under the new definition once re-scored.
        Map<String, Object> body = new HashMap<>(Qualifying.definition(run));
        body.put("mqlThreshold", 40);
        String definition = Qualifying.agreed(body);
        UUID job = UUID.fromString(Qualifying.activate(definition));
        QualificationJobs.JobView started = jobs.get(job);
        assertTrue(started.job().total >= 120, "every lead is in the job");
        long total = started.job().total;

        assertEquals(1, jobs.work(job, 1));
        assertEquals(50, jobs.get(job).done());

        // A worker that dies mid-batch: its transaction rolls back, so the batch it held is pending again.
        long pendingBefore = pending(job);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    assertTrue(jobs.processNextBatch(job));
                    throw new IllegalStateException("killed");
                }));
        assertEquals(pendingBefore, pending(job));
        assertEquals(50, jobs.get(job).done());
        as("revops")
                .get("/api/qualification/jobs/" + job)
                .then()
                .statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("RUNNING"))
                .body("done", org.hamcrest.Matchers.equalTo(50));

        // Two workers (as two replicas would) finish it, never taking the same batch.
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> jobs.work(job, Integer.MAX_VALUE));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> jobs.work(job, Integer.MAX_VALUE));
        a.get();
        b.get();
        as("revops")
                .get("/api/qualification/jobs/" + job)
                .then()
                .statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("SUCCEEDED"))
                .body("done", org.hamcrest.Matchers.equalTo((int) total))
                .body("etaSeconds", org.hamcrest.Matchers.equalTo(0));
        int version = as("sales")
                .get("/api/qualification/definitions/" + definition)
                .then()
                .extract()
                .path("version");
        as("sales")
                .get("/api/leads/" + firstLead + "/qualification")
                .then()
                .body("definitionVersion", org.hamcrest.Matchers.equalTo(version))
                .body("verdict", org.hamcrest.Matchers.equalTo("MQL"))
                .body("lifecycleStage", org.hamcrest.Matchers.equalTo("MQL"));
        as("sales")
                .get("/api/leads/" + firstLead + "/transitions")
                .then()
                .body("", org.hamcrest.Matchers.hasSize(1))
                .body("[0].definitionVersion", org.hamcrest.Matchers.equalTo(version));
        as("sales")
                .queryParam("stage", "MQL")
                .queryParam("limit", 500)
                .get("/api/leads")
                .then()
                .body(
                        "items.findAll { it.attributes.run == '" + run + "' }.size()",
                        org.hamcrest.Matchers.equalTo(120));
    }

    private long pending(UUID job) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                                .createNativeQuery(
                                        "SELECT count(*) FROM qualification_job_batch WHERE job_id = ?1 AND state = 'PENDING'")
                                .setParameter(1, job)
                                .getSingleResult())
                        .longValue());
    }
}
