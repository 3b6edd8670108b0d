package io.revalign.gateway.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** Buckets in Redis (Bucket4j's compare-and-swap over Lettuce), so every gateway replica counts the same requests. */
public final class RedisRateLimitStore implements RateLimitStore {

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final AsyncProxyManager<String> buckets;
    private final String where;
    private final String keyPrefix;

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
        return buckets.builder()
                .build(keyPrefix + key, () -> java.util.concurrent.CompletableFuture.completedFuture(bucket))
                .tryConsumeAndReturnRemaining(1);
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
