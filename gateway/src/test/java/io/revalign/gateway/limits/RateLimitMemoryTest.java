package io.revalign.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LimitStubs.class, initArgs = @ResourceArg(name = "store", value = "memory"))
class RateLimitMemoryTest extends RateLimitContract {

    @Inject
    EdgeLimits limits;

    @Test
    void withoutRedisTheBucketsAreInMemory() {
        assertTrue(limits.storeDescription().contains("in memory"), limits.storeDescription());
    }
}
