package io.revalign.gateway.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Buckets in this process's memory: right for one replica; the least recently used are forgotten past a bound. */
public final class MemoryRateLimitStore implements RateLimitStore {

    static final int MAX_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    @Override
    public CompletionStage<ConsumptionProbe> take(String key, BucketConfiguration bucket) {
        Bucket held;
        synchronized (buckets) {
            held = buckets.computeIfAbsent(key, ignored -> {
                var builder = Bucket.builder();
                for (var bandwidth : bucket.getBandwidths()) {
                    builder.addLimit(bandwidth);
                }
                return builder.build();
            });
        }
        return CompletableFuture.completedFuture(held.tryConsumeAndReturnRemaining(1));
    }

    @Override
    public String describe() {
        return "in memory (this replica only)";
    }
}
