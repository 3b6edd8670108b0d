package io.revalign.gateway.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.revalign.common.input.BodyBudget;
import io.revalign.common.input.BodySize;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemJson;
import io.revalign.common.problem.ProblemType;
import io.revalign.gateway.config.GatewayConfig;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The limits every API request meets at the edge, before it is routed: its route group's body-size
 * limit (a chunked body is read up to it first, {@link ChunkedBodies}, if the group's limit fits in
 * the gateway's {@link BodyBudget} for bodies held in memory: else a 503 with Retry-After), then its
 * client's rate limit
 * in that group (by token subject, by address when anonymous).
 * Over the limit → 429 problem with Retry-After; every answer carries RateLimit-Limit,
 * RateLimit-Remaining, RateLimit-Reset and RateLimit-Policy.
 */
@Singleton
public class EdgeLimits {

    /** Just after the body-size problem of common-web (-3) and Quarkus's own check (-2), before any route. */
    static final int ORDER = -1;

    private static final Logger LOG = Logger.getLogger(EdgeLimits.class);
    private static final int MAX_SUBJECT = 128;
    private static final String CHUNKED_READ = "revalign.edge.chunked-read";

    private final GatewayConfig.RateLimit config;
    private final RouteGroups groups;
    private final ProblemJson problems;
    private final BodyBudget budget;
    private final MemoryRateLimitStore memory = new MemoryRateLimitStore();
    private RateLimitStore store;

    public EdgeLimits(GatewayConfig config, RouteGroups groups, ProblemJson problems, BodyBudget budget) {
        this.config = config.rateLimit();
        this.groups = groups;
        this.problems = problems;
        this.budget = budget;
    }

    void start(@Observes StartupEvent ignored) {
        store = chooseStore();
        if (!config.enabled()) {
            LOG.info("Rate limits: off (revalign.gateway.rate-limit.enabled=false)");
            return;
        }
        for (RouteGroups.Group group : groups.groups()) {
            LOG.infof(
                    "Rate limits: %s per %s per client in route group %s (bodies up to %d bytes), kept %s",
                    group.requests(),
                    group.period().toString().substring(2).toLowerCase(java.util.Locale.ROOT),
                    group.name(),
                    group.maxBodySize(),
                    store.describe());
        }
    }

    private RateLimitStore chooseStore() {
        if (config.redisUrl().isEmpty()) {
            return memory;
        }
        try {
            return new RedisRateLimitStore(config.redisUrl().get(), config.keyPrefix(), config.redisTimeout());
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Rate limits: Redis at %s does not answer (%s); counting in memory, which holds for one replica only",
                    config.redisUrl().get(), e.getMessage());
            return memory;
        }
    }

    /** Where the buckets are kept, as the start-up log says. */
    public String storeDescription() {
        return store.describe();
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::limit);
    }

    private void limit(RoutingContext rc) {
        RouteGroups.Group group = groups.groupFor(rc.normalizedPath());
        if (BodySize.declared(rc.request()) > group.maxBodySize()) {
            refuseTooLarge(rc, group);
            return;
        }
        if (BodySize.chunked(rc.request()) && rc.get(CHUNKED_READ) == null) {
            rc.put(CHUNKED_READ, Boolean.TRUE);
            // The body is held here until it is forwarded: it must fit in the budget, at its largest.
            long reserved = group.maxBodySize();
            if (!budget.tryReserve(reserved)) {
                rc.response().putHeader("Retry-After", "1").putHeader("Connection", "close");
                problems.send(
                        rc,
                        Problem.of(
                                ProblemType.SERVICE_UNAVAILABLE,
                                "The gateway is holding as many streamed request bodies as its memory allows; send"
                                        + " this one again after Retry-After seconds",
                                rc.request().path()));
                return;
            }
            rc.addEndHandler(ended -> budget.release(reserved));
            ChunkedBodies.read(rc, group.maxBodySize(), read -> {
                if (read.failed()) {
                    rc.fail(read.cause());
                } else if (read.result()) {
                    limit(rc);
                } else {
                    refuseTooLarge(rc, group);
                }
            });
            return;
        }
        if (!config.enabled()) {
            rc.next();
            return;
        }
        String key = group.name() + ":" + client(rc);
        BucketConfiguration bucket = RateLimitStore.bucketFor(group);
        CompletableFuture<ConsumptionProbe> taken = store.take(key, bucket).toCompletableFuture();
        if (taken.isDone() && !taken.isCompletedExceptionally()) {
            decide(rc, group, taken.join()); // in memory, or counted locally between Redis synchronisations
            return;
        }
        rc.request().pause();
        Context context = Vertx.currentContext();
        Future.fromCompletionStage(taken.orTimeout(config.redisTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .recover(failure -> {
                    LOG.warnf(
                            "Rate limits: %s failed (%s); counting this request in memory", store.describe(), failure);
                    return Future.fromCompletionStage(memory.take(key, bucket));
                })
                .onComplete(result -> context.runOnContext(ignored -> {
                    if (result.failed()) {
                        rc.fail(result.cause());
                    } else {
                        decide(rc, group, result.result());
                    }
                }));
    }

    private void refuseTooLarge(RoutingContext rc, RouteGroups.Group group) {
        BodySize.refuseTooLarge(problems, rc, group.name(), group.maxBodySize());
    }

    private void decide(RoutingContext rc, RouteGroups.Group group, ConsumptionProbe probe) {
        HttpServerResponse response = rc.response();
        response.putHeader("RateLimit-Limit", Long.toString(group.requests()))
                .putHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()))
                .putHeader("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())))
                .putHeader(
                        "RateLimit-Policy",
                        group.requests() + ";w=" + group.period().toSeconds());
        if (probe.isConsumed()) {
            rc.next();
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        response.putHeader("Retry-After", Long.toString(retryAfter));
        problems.send(
                rc,
                Problem.of(
                        ProblemType.TOO_MANY_REQUESTS,
                        "This client may send " + group.requests() + " requests per "
                                + group.period().toSeconds() + " s to " + group.name() + " routes; wait " + retryAfter
                                + " s",
                        rc.request().path()));
    }

    /** The token's subject when the request carries a verified token, the peer address otherwise. */
    static String client(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            String subject =
                    user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                            ? jwt.getSubject()
                            : user.getSecurityIdentity().getPrincipal().getName();
            return "sub:" + (subject.length() <= MAX_SUBJECT ? subject : sha256(subject));
        }
        return "addr:" + rc.request().remoteAddress().hostAddress();
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void close() {
        if (store != null) {
            store.close();
        }
    }
}
