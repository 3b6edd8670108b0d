package io.revalign.suite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.common.testing.DevTokens;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to lead-service while bulk imports run: the imports in flight finish (the service drains
 * before it exits), later ones are refused, and no batch is ever half-written.
 */
class ShutdownDuringBulkTest {

    private static final int RECORDS = 1000;

    private final Suite suite = Suite.get();
    private final Http http =
            new Http(DevTokens.forUser("shutdown-" + System.nanoTime(), "admin"), Duration.ofSeconds(60));
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger batches = new AtomicInteger();
    private final AtomicInteger sending = new AtomicInteger();

    /** One bulk request: its batch number, and when it was sent and answered. */
    private record Batch(int number, Http.Answer answer, long sentAt, long answeredAt) {}

    @Test
    void importsInFlightFinishAndNoBatchIsHalfWritten() throws Exception {
        AppProcess lead = suite.app("lead-service");
        List<Batch> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Traffic> senders = new ArrayList<>();
        long terminatedAt;
        try {
            for (int i = 0; i < 3; i++) {
                senders.add(new Traffic("bulk-" + i, 0, () -> importBatch(lead, sent)));
            }
            Await.until(
                    () -> sent.stream().filter(b -> b.answer().status() == 200).count() >= 3,
                    Duration.ofSeconds(120),
                    "three batches imported before the SIGTERM");
            // On a loaded machine a sender may be between two batches (building the next body): wait
            // until all three have one on the wire, so the SIGTERM surely lands on imports in flight.
            Await.until(() -> sending.get() == 3, Duration.ofSeconds(60), "three imports on the wire");
            terminatedAt = System.nanoTime();
            lead.terminate();
            assertTrue(lead.await(Duration.ofSeconds(40)), "lead-service exits after draining");
        } finally {
            for (Traffic sender : senders) {
                sender.close();
            }
            lead.start();
            lead.awaitReady(Duration.ofSeconds(120));
        }

        List<Batch> inFlight = sent.stream()
                .filter(b -> b.sentAt() < terminatedAt && b.answeredAt() > terminatedAt)
                .toList();
        assertTrue(
                !inFlight.isEmpty(),
                "some imports were in flight at the SIGTERM: "
                        + sent.stream()
                                .map(b -> b.number() + ":" + b.answer().status())
                                .toList());
        for (Batch batch : inFlight) {
            assertTrue(batch.answer().status() == 200, "an import in flight finishes: " + batch.answer());
        }
        for (Batch batch : sent) {
            long stored = stored(batch.number());
            if (batch.answer().status() == 200) {
                assertTrue(stored == RECORDS, "an acknowledged batch is stored whole: " + stored);
            } else {
                assertTrue(stored == 0 || stored == RECORDS, "batch " + batch.number() + " half-written: " + stored);
            }
        }
    }

    private Http.Answer importBatch(AppProcess lead, List<Batch> sent) {
        int number = batches.incrementAndGet();
        StringBuilder body = new StringBuilder("{\"records\": [");
        for (int i = 0; i < RECORDS; i++) {
            body.append(i == 0 ? "" : ",")
                    .append(String.format(
                            "{\"email\": \"bulk-%s-%d-%d@suite.example\", \"company\": \"Bulk %d\","
                                    + " \"source\": \"HUBSPOT\", \"externalId\": \"%s\"}",
                            run, number, i, number, externalId(number, i)));
        }
        body.append("]}");
        long sentAt = System.nanoTime();
        sending.incrementAndGet();
        Http.Answer answer;
        try {
            answer = http.post(lead.baseUrl() + "/api/leads/bulk", body.toString());
        } finally {
            sending.decrementAndGet();
        }
        sent.add(new Batch(number, answer, sentAt, System.nanoTime()));
        if (answer.status() == -1) {
            AppProcess.sleep(200); // the service is gone: do not spin until the senders stop
        }
        return answer;
    }

    private String externalId(int batch, int record) {
        return "term-" + run + "-" + batch + "-" + record;
    }

    private long stored(int batch) throws Exception {
        try (Connection db = DriverManager.getConnection(suite.server().adminUrl(Suite.DATABASE));
                PreparedStatement count = db.prepareStatement(
                        "SELECT count(*) FROM lead.lead WHERE source = 'HUBSPOT' AND external_id LIKE ?")) {
            count.setString(1, "term-" + run + "-" + batch + "-%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
