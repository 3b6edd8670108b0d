package io.revalign.gateway.proxy;

import io.revalign.gateway.config.GatewayConfig;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * What protects the suite from one failing service: a circuit breaker per service (Vert.x's), the
 * service's timeout, and which requests may be repeated (safe methods, or an Idempotency-Key).
 */
@ApplicationScoped
public class UpstreamGuards {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Logger LOG = Logger.getLogger(UpstreamGuards.class);
    private static final Set<HttpMethod> IDEMPOTENT =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

    private final GatewayConfig config;
    private final Map<String, CircuitBreaker> breakers;
    private final Map<String, Long> openedAt = new ConcurrentHashMap<>();

    public UpstreamGuards(Vertx vertx, GatewayConfig config, RouteTable table) {
        this.config = config;
        CircuitBreakerOptions options = new CircuitBreakerOptions()
                .setMaxFailures(config.breaker().failures())
                .setFailuresRollingWindow(config.breaker().window().toMillis())
                .setResetTimeout(config.breaker().openFor().toMillis())
                .setTimeout(-1) // the request's own idle timeout decides; see timeout(service)
                .setFallbackOnFailure(false);
        this.breakers = table.routes().stream()
                .map(RouteTable.Route::service)
                .collect(Collectors.toUnmodifiableMap(Function.identity(), service -> CircuitBreaker.create(
                                "upstream-" + service, vertx, new CircuitBreakerOptions(options))
                        .openHandler(ignored -> {
                            openedAt.put(service, System.nanoTime());
                            LOG.warnf(
                                    "Circuit for %s is open: answering 503 for %s",
                                    service, config.breaker().openFor());
                        })
                        .halfOpenHandler(ignored -> LOG.infof("Circuit for %s is half-open: probing", service))
                        .closeHandler(ignored -> LOG.infof("Circuit for %s is closed", service))));
    }

    public CircuitBreaker breaker(String service) {
        return breakers.get(service);
    }

    /** The state of each service's circuit, for the route list and metrics. */
    public CircuitBreakerState state(String service) {
        return breakers.get(service).state();
    }

    /** Seconds until an open circuit lets a probing request through (at least 1). */
    public long secondsUntilHalfOpen(String service) {
        Long opened = openedAt.get(service);
        long openForNanos = config.breaker().openFor().toNanos();
        long left = opened == null ? openForNanos : openForNanos - (System.nanoTime() - opened);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** How long the service may stay silent before the gateway answers 504. */
    public Duration timeout(GatewayConfig.Upstream upstream) {
        return upstream.requestTimeout().orElse(config.requestTimeout());
    }

    /** Whether repeating the request cannot do anything twice: a safe or idempotent method, or a keyed request. */
    public static boolean repeatable(HttpServerRequest request) {
        return IDEMPOTENT.contains(request.method()) || request.getHeader(IDEMPOTENCY_KEY) != null;
    }

    /** Whether an upstream status means the service could not serve this request at all. */
    public static boolean failingStatus(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    /** Whether an upstream status is worth one more attempt (not 504: a retry would wait as long again). */
    public static boolean retryableStatus(int status) {
        return status == 502 || status == 503;
    }

    public int retries() {
        return config.retries();
    }

    public Duration retryBackoff() {
        return config.retryBackoff();
    }

    @PreDestroy
    void close() {
        breakers.values().forEach(CircuitBreaker::close);
    }
}
