package io.revalign.gateway.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.revalign.gateway.proxy.Forwarding;
import io.revalign.gateway.proxy.RouteTable;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * What every request leaves behind: an X-Request-Id (the client's if sane, else new) on the request
 * and its answer, the W3C traceparent of the gateway's span echoed, one access-log line (method,
 * route template, status, latency, request id, subject — never tokens or bodies) and a timer per
 * route template and status.
 */
@Singleton
public class EdgeObservability {

    public static final String ACCESS_LOG = "io.revalign.gateway.access";
    private static final Logger ACCESS = Logger.getLogger(ACCESS_LOG);
    /** Before every other handler, so that refusals (413, 429, 401, 404) are logged and carry the id too. */
    static final int ORDER = Integer.MIN_VALUE + 10;

    private final RouteTable table;
    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public EdgeObservability(RouteTable table, MeterRegistry registry) {
        this.table = table;
        this.registry = registry;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::observe);
    }

    private void observe(RoutingContext rc) {
        long start = System.nanoTime();
        String requestId = Forwarding.requestId(rc.request());
        rc.request().headers().set(Forwarding.REQUEST_ID, requestId);
        rc.response().putHeader(Forwarding.REQUEST_ID, requestId);
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            rc.response()
                    .putHeader(
                            "traceparent",
                            "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                                    + span.getTraceFlags().asHex());
        }
        String method = rc.request().method().name();
        String route = routeTemplate(rc.normalizedPath());
        rc.addEndHandler(ignored -> {
            long nanos = System.nanoTime() - start;
            int status = rc.response().getStatusCode();
            if (!route.startsWith("/q/")) {
                ACCESS.infof(
                        "%s %s %d %.1fms id=%s subject=%s", method, route, status, nanos / 1e6, requestId, subject(rc));
            }
            timers.computeIfAbsent(method + " " + route + " " + status, key -> Timer.builder("gateway.requests")
                            .description("Requests at the gateway by route template and status")
                            .tag("method", method)
                            .tag("route", route)
                            .tag("status", Integer.toString(status))
                            .register(registry))
                    .record(nanos, TimeUnit.NANOSECONDS);
        });
        rc.next();
    }

    /** The route a path belongs to, as a template: the service prefix, /* when below it; a few fixed names else. */
    String routeTemplate(String path) {
        if (path == null) {
            return "other";
        }
        return table.routeFor(path)
                .map(route -> route.prefixes().stream()
                        .filter(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                        .max(java.util.Comparator.comparingInt(String::length))
                        .map(prefix -> path.equals(prefix) ? prefix : prefix + "/*")
                        .orElse("other"))
                .orElseGet(() -> fixed(path));
    }

    private String fixed(String path) {
        if (path.startsWith("/q/")) {
            int next = path.indexOf('/', 3);
            return next < 0 ? path : path.substring(0, next) + "/*";
        }
        boolean known = path.equals("/")
                || path.equals("/scorecard")
                || path.equals("/api/scorecard")
                || path.equals("/api/gateway/routes")
                || (path.startsWith("/openapi/")
                        && table.routes().stream().anyMatch(route -> path.equals("/openapi/" + route.service())));
        return known ? path : "other";
    }

    private static String subject(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            Object principal = user.getSecurityIdentity().getPrincipal();
            String subject = principal instanceof JsonWebToken jwt && jwt.getSubject() != null
                    ? jwt.getSubject()
                    : user.getSecurityIdentity().getPrincipal().getName();
            return subject.length() <= 128 ? subject : subject.substring(0, 128) + "…";
        }
        return "-";
    }
}
