package io.revalign.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.common.problem.ProblemException;
import io.revalign.tools.db.PostgresBootstrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The key ledger on a real PostgreSQL, in a scratch schema holding the shared migration's table. */
class IdempotencyKeysTest {

    private static final String SCHEMA = "idempotency_keys_test";
    private static PGSimpleDataSource dataSource;

    private final String key = UUID.randomUUID().toString();
    private final IdempotencyKeys keys = ledger(Duration.ofHours(24), Duration.ofSeconds(60));

    @BeforeAll
    static void scratchSchema() throws Exception {
        PostgresBootstrap.Server server = PostgresBootstrap.locate(null, 0);
        String database = System.getenv().getOrDefault("REVALIGN_TEST_DB", "revalign_test");
        PostgresBootstrap.prepare(server, database, null);
        String migration = Files.readString(Path.of("src/main/resources/db/common/V0_1__idempotency_key.sql"));
        try (Connection admin = DriverManager.getConnection(server.adminUrl(database));
                Statement statement = admin.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            statement.execute("SET search_path TO " + SCHEMA);
            statement.execute(migration);
        }
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(server.adminUrl(database));
    }

    private static IdempotencyKeys ledger(Duration retention, Duration abandonedAfter) {
        return new IdempotencyKeys(dataSource, SCHEMA + ".idempotency_key", retention, abandonedAfter);
    }

    @Test
    void aKeyIsClaimedOncePerCallerWhileItsRequestRuns() {
        assertTrue(keys.claim("alice", key, "POST /api/leads", "h1"));
        assertFalse(keys.claim("alice", key, "POST /api/leads", "h1"), "held by the first request");
        assertTrue(keys.claim("bob", key, "POST /api/leads", "h1"), "keys are scoped by caller");

        ProblemException inFlight = assertThrows(
                ProblemException.class,
                () -> keys.find("alice", key).orElseThrow().replayFor("POST /api/leads", "h1"));
        assertEquals(409, inFlight.toProblem("/x").status());
    }

    @Test
    void aCompletedKeyReplaysItsResponseAndRefusesAnotherRequest() {
        keys.claim("alice", key, "POST /api/leads", "h1");
        keys.complete("alice", key, 201, "http://gw/api/leads/1", "{\"id\": 1}");
        assertFalse(keys.claim("alice", key, "POST /api/leads", "h1"), "a used key is never claimed again");

        IdempotencyKeys.Stored replay = keys.find("alice", key).orElseThrow().replayFor("POST /api/leads", "h1");
        assertEquals(201, replay.status());
        assertEquals("http://gw/api/leads/1", replay.location());
        assertEquals("{\"id\": 1}", replay.body());

        IdempotencyKeys.Stored stored = keys.find("alice", key).orElseThrow();
        assertEquals(
                422,
                assertThrows(ProblemException.class, () -> stored.replayFor("POST /api/leads", "h2"))
                        .toProblem("/x")
                        .status(),
                "another body");
        assertEquals(
                422,
                assertThrows(ProblemException.class, () -> stored.replayFor("POST /api/skills", "h1"))
                        .toProblem("/x")
                        .status(),
                "another endpoint");
    }

    @Test
    void aReleasedClaimCanBeTakenAgain() {
        keys.claim("alice", key, "POST /api/leads", "h1");
        keys.release("alice", key);
        assertTrue(keys.find("alice", key).isEmpty());
        assertTrue(keys.claim("alice", key, "POST /api/leads", "h2"));
    }

    @Test
    void anAbandonedClaimIsTakenOverButAnAnsweredOneNever() throws Exception {
        IdempotencyKeys impatient = ledger(Duration.ofHours(24), Duration.ZERO);
        impatient.claim("alice", key, "POST /api/leads", "h1");
        Thread.sleep(5);
        assertTrue(impatient.claim("alice", key, "POST /api/leads", "h2"), "the first process died mid-request");
        assertEquals("h2", impatient.find("alice", key).orElseThrow().requestHash());

        impatient.complete("alice", key, 201, null, "{}");
        Thread.sleep(5);
        assertFalse(impatient.claim("alice", key, "POST /api/leads", "h3"), "an answered key keeps its answer");
    }

    @Test
    void keysAreForgottenAfterTheRetention() throws Exception {
        keys.claim("alice", key, "POST /api/leads", "h1");
        keys.forgetOld(); // a day's retention: nothing is that old yet
        assertTrue(keys.find("alice", key).isPresent());

        Thread.sleep(5);
        ledger(Duration.ZERO, Duration.ofSeconds(60)).forgetOld();
        assertTrue(keys.find("alice", key).isEmpty());
    }

    @Test
    void aKeyIsOneToTwoHundredFiftyFiveVisibleAsciiCharacters() {
        IdempotencyKeys.check("k");
        IdempotencyKeys.check("x".repeat(255));
        for (String bad : new String[] {"", " ", "x".repeat(256), "a b", "clé", "tab\tkey"}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> IdempotencyKeys.check(bad), bad);
            assertEquals(400, refused.toProblem("/x").status());
        }
    }
}
