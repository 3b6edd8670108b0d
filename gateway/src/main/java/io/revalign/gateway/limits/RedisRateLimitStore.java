package io.revalign.gateway.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Buckets in Redis (Bucket4j's compare-and-swap over Lettuce), so every gateway replica counts the same requests. */
public final class RedisRateLimitStore implements RateLimitStore {

    private static final long MAX_UNSYNCHRONIZED = 50;
    private static final Duration MAX_UNSYNCHRONIZED_FOR = Duration.ofMillis(200);

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final AsyncProxyManager<String> buckets;
    private final String where;
    private final String keyPrefix;
    private final Map<String, AsyncBucketProxy> proxies = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AsyncBucketProxy> eldest) {
            return size() > MemoryRateLimitStore.MAX_CLIENTS;
        }
    };

    /** Connects now; throws when Redis does not answer within the timeout. */
    public RedisRateLimitStore(String url, String keyPrefix, Duration timeout) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(timeout);
        this.client = RedisClient.create(uri);
        try {
            this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            this.connection.setTimeout(timeout);
            this.connection.sync().ping();
        } catch (RuntimeException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            throw e;
        }
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build()
                .asAsync();
        this.where = "in Redis at " + uri.getHost() + ":" + uri.getPort() + " (shared by every replica)";
        this.keyPrefix = keyPrefix;
    }

    @Override
    public CompletionStage<ConsumptionProbe> take(String key, BucketConfiguration bucket) {
        AsyncBucketProxy proxy;
        synchronized (proxies) {
            proxy = proxies.computeIfAbsent(key, ignored -> proxyFor(key, bucket));
        }
        return proxy.tryConsumeAndReturnRemaining(1);
    }

    /**
     * The bucket as this replica sees it. Large buckets are synchronised with Redis in small batches
     * (Bucket4j's delaying optimisation): at most 1% of the limit (and no more than 50 requests) is
     * counted locally for at most 200 ms before Redis hears of it, which saves a round trip per
     * request; across replicas a limit may so be exceeded by that much. Small buckets (under 100)
     * stay exact, each request a compare-and-swap in Redis (concurrent ones batched).
     */
    private AsyncBucketProxy proxyFor(String key, BucketConfiguration bucket) {
        long capacity = bucket.getBandwidths()[0].getCapacity();
        long slack = Math.min(MAX_UNSYNCHRONIZED, capacity / 100);
        Optimization optimization = slack > 0
                ? Optimizations.delaying(new DelayParameters(slack, MAX_UNSYNCHRONIZED_FOR))
                : Optimizations.batching();
        return buckets.builder()
                .withOptimization(optimization)
                .build(keyPrefix + key, () -> CompletableFuture.completedFuture(bucket));
    }

    @Override
    public String describe() {
        return where;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
}
