package io.revalign.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.common.testing.DevTokens;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two gateway replicas sharing Redis hold one client to one limit, not to one limit each. */
class SharedRateLimitTest {

    private static final int LIMIT = 40;

    private final Suite suite = Suite.get();

    @Test
    void theLimitHoldsAcrossTwoReplicasSharingRedis() throws Exception {
        // A limit of 40 an hour: no token comes back during the test, and buckets under 100 are
        // counted exactly in Redis (larger ones may run up to 1% ahead for 200 ms).
        Map<String, String> limited = Map.of(
                "REVALIGN_GATEWAY_ROUTE_GROUPS_DEFAULT_REQUESTS",
                Integer.toString(LIMIT),
                "REVALIGN_GATEWAY_ROUTE_GROUPS_DEFAULT_PERIOD",
                "1h",
                "REVALIGN_GATEWAY_RATE_LIMIT_KEY_PREFIX",
                suite.rateLimitPrefix + "replicas:");
        List<AppProcess> replicas =
                List.of(suite.extraGateway("gateway-a", limited), suite.extraGateway("gateway-b", limited));
        for (AppProcess replica : replicas) {
            replica.start();
        }
        try {
            for (AppProcess replica : replicas) {
                replica.awaitReady(Duration.ofSeconds(120));
                String log = Files.readString(replica.log());
                assertTrue(
                        log.contains("kept in Redis"),
                        replica.name() + " keeps its buckets in Redis (start redis-server at 127.0.0.1:6379)");
            }
            Http client = new Http(DevTokens.forUser("replicas-" + System.nanoTime(), "admin"), Duration.ofSeconds(15));
            int accepted = 0;
            int[] refusedBy = new int[replicas.size()];
            for (int i = 0; i < 2 * LIMIT; i++) {
                int r = i % replicas.size();
                Http.Answer answer = client.get(replicas.get(r).baseUrl() + "/api/leads?limit=1");
                if (answer.status() == 200) {
                    accepted++;
                } else {
                    assertEquals(429, answer.status(), "over the limit: " + answer);
                    assertTrue(answer.problem(), "a problem document: " + answer);
                    assertNotNull(answer.header("Retry-After"), "with Retry-After");
                    assertEquals("0", answer.header("RateLimit-Remaining"), "and RateLimit-*");
                    refusedBy[r]++;
                }
            }
            assertEquals(LIMIT, accepted, "one limit for the client across both replicas, not one each");
            assertTrue(refusedBy[0] > 0 && refusedBy[1] > 0, "both replicas refused once the shared limit was spent");
        } finally {
            for (AppProcess replica : replicas) {
                replica.kill();
            }
        }
    }
}
