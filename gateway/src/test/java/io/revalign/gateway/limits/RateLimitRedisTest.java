package io.revalign.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.revalign.common.testing.DevTokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same limits with the buckets in the machine's Redis (127.0.0.1:6379), shared like two replicas would. */
@QuarkusTest
@WithTestResource(value = LimitStubs.class, initArgs = @ResourceArg(name = "store", value = "redis"))
class RateLimitRedisTest extends RateLimitContract {

    @Inject
    EdgeLimits limits;

    @BeforeEach
    void redisIsInForce() {
        assertTrue(
                limits.storeDescription().contains("Redis"),
                "Redis at 127.0.0.1:6379 is in force: " + limits.storeDescription());
    }

    @Test
    void theLimitHoldsAcrossReplicasSharingRedis() throws Exception {
        String user = "crm-" + UUID.randomUUID();
        // Another replica: its own connection, the same Redis and key prefix, the same route group.
        try (RedisRateLimitStore otherReplica =
                new RedisRateLimitStore(LimitStubs.REDIS_URL, setup.keyPrefix(), Duration.ofSeconds(2))) {
            RouteGroups.Group tight = new RouteGroups.Group("tight", 3, Duration.ofHours(1), 1024);
            for (int i = 0; i < 2; i++) {
                assertTrue(otherReplica
                        .take("tight:sub:" + user, RateLimitStore.bucketFor(tight))
                        .toCompletableFuture()
                        .get()
                        .isConsumed());
            }
        }
        String token = DevTokens.forUser(user, "integration");
        RestAssured.given()
                .auth()
                .oauth2(token)
                .get("/api/leads/tight")
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", "0");
        assertEquals(
                429,
                RestAssured.given()
                        .auth()
                        .oauth2(token)
                        .get("/api/leads/tight")
                        .then()
                        .extract()
                        .statusCode());
    }
}
