package io.revalign.gateway.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.CompletionStage;

/** Where clients' token buckets live: one request takes one token. */
public interface RateLimitStore extends AutoCloseable {

    /** Takes a token from the client's bucket in the group, creating the bucket full on first use. */
    CompletionStage<ConsumptionProbe> take(String key, BucketConfiguration bucket);

    /** For the start-up log: where the buckets are. */
    String describe();

    @Override
    default void close() {}

    /** A full bucket of the group's requests, refilled evenly over its period. */
    static BucketConfiguration bucketFor(RouteGroups.Group group) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(group.requests()).refillGreedy(group.requests(), group.period()))
                .build();
    }
}
