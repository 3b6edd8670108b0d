package io.revalign.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.testing.DevTokens;
import java.sql.Array;
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
 * PostgreSQL stopped under write load: the services say they are not ready and answer 503 problems
 * (never a 500, never a hang); started again, they recover by themselves, and every write that was
 * acknowledged is stored. The database stopped is the suite's own, never the machine's.
 */
class DatabaseOutageTest {

    private static final Duration CLIENT_DEADLINE = Duration.ofSeconds(20);

    private final Suite suite = Suite.get();
    private final Http http = new Http(DevTokens.forUser("db-outage-" + System.nanoTime(), "admin"), CLIENT_DEADLINE);
    private final ObjectMapper json = new ObjectMapper();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger sequence = new AtomicInteger();

    @Test
    void theServicesRefuseWith503WhileTheDatabaseIsDownRecoverByThemselvesAndLoseNoAcknowledgedWrite()
            throws Exception {
        AppProcess lead = suite.app("lead-service");
        AppProcess skills = suite.app("skills-service");
        List<Traffic> writers = new ArrayList<>();
        long stoppedAt;
        long restartedAt;
        try {
            for (int i = 0; i < 3; i++) {
                writers.add(new Traffic("writer-" + i, 20, this::createLead));
            }
            awaitWrite(writers.get(0), System.nanoTime(), Duration.ofSeconds(60));

            stoppedAt = System.nanoTime();
            suite.stopDatabase();
            Await.until(
                    () -> !lead.ready() && !skills.ready(), Duration.ofSeconds(30), "the services report not-ready");
            Http.Answer read = http.get(suite.gatewayUrl() + "/api/skills?limit=1");
            assertEquals(503, read.status(), "a read with the database down: " + read);
            assertTrue(read.problem(), "as a problem document: " + read);
            AppProcess.sleep(2000);

            restartedAt = System.nanoTime();
            suite.startDatabase();
            Await.until(() -> lead.ready() && skills.ready(), Duration.ofSeconds(60), "the services are ready again");
            awaitWrite(writers.get(0), restartedAt, Duration.ofSeconds(30));
        } finally {
            if (!suite.databaseRunning()) {
                suite.startDatabase();
            }
            for (Traffic writer : writers) {
                writer.close();
            }
        }

        List<UUID> acknowledged = new ArrayList<>();
        int refusedDuringOutage = 0;
        for (Traffic writer : writers) {
            for (Traffic.Sample sample : writer.all()) {
                Http.Answer answer = sample.answer();
                assertFalse(answer.status() == -1, "every write got an answer, none hung: " + answer);
                assertTrue(
                        answer.status() == 201 || (answer.status() == 503 && answer.problem()),
                        "a write is either stored (201) or refused as an outage (503 problem): " + answer);
                if (answer.status() == 201) {
                    acknowledged.add(UUID.fromString(
                            json.readTree(answer.body()).get("id").asText()));
                } else if (sample.sentAt() >= stoppedAt && sample.sentAt() < restartedAt) {
                    refusedDuringOutage++;
                }
            }
        }
        assertTrue(refusedDuringOutage > 0, "writes met the outage");
        assertEquals(acknowledged.size(), storedAmong(acknowledged), "every acknowledged write is stored");
    }

    private Http.Answer createLead() {
        int n = sequence.incrementAndGet();
        String body = String.format(
                """
                {"email": "outage-%s-%d@suite.example", "company": "Outage %d", "source": "SALESFORCE",
                 "externalId": "outage-%s-%d"}""",
                run, n, n, run, n);
        return http.post(suite.gatewayUrl() + "/api/leads", body);
    }

    private long storedAmong(List<UUID> ids) throws Exception {
        try (Connection db = DriverManager.getConnection(suite.server().adminUrl(Suite.DATABASE));
                PreparedStatement count = db.prepareStatement("SELECT count(*) FROM lead.lead WHERE id = ANY (?)")) {
            Array array = db.createArrayOf("uuid", ids.toArray());
            count.setArray(1, array);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void awaitWrite(Traffic writer, long since, Duration limit) {
        Await.until(
                () -> writer.since(since).stream().anyMatch(s -> s.answer().status() == 201),
                limit,
                "a write is stored");
    }
}
