package io.revalign.common.input;

import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemJson;
import io.revalign.common.problem.ProblemType;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The size of a request body, checked before a byte of it is read, in every RevAlign service: each
 * path belongs to a route group ({@link BodyLimitsConfig}: ordinary JSON operations a small limit,
 * bulk operations and inbound webhooks a larger one), and a body over its group's limit is a 413
 * naming the limit. A declared Content-Length is checked up front; a chunked body is read here as it
 * arrives, and refused the moment it passes the limit. A body within its limit must then fit in the
 * JVM's {@link BodyBudget} or it is a 503 with Retry-After: load shedding, since no single client did
 * anything wrong (a 429 would tell the client it sent too much). Every refusal is a problem document
 * and closes the connection, since the body is left unread.
 *
 * <p>Quarkus REST reads a body itself after routing (buffering it, or streaming it to Jackson on a
 * worker thread), and {@code quarkus.http.limits.max-body-size} is one limit for every path; this
 * route runs after {@link RequestFraming} and before authentication, Quarkus's own size check and
 * the REST handler.
 */
@Singleton
public class BodyLimits {

    /** After the framing check, before authentication and everything that reads a body. */
    public static final int ORDER = RequestFraming.ORDER + 1;

    /** A route group: its name and largest body. */
    public record Group(String name, long maxBodySize) {}

    private final boolean enabled;
    private final BodyBudget budget;
    private final ProblemJson problems;
    private final String retryAfter;
    private final Group fallback;
    private final PathPatterns<Group> patterns = new PathPatterns<>();

    public BodyLimits(BodyLimitsConfig config, BodyBudget budget, ProblemJson problems) {
        this.enabled = config.enabled();
        this.budget = budget;
        this.problems = problems;
        this.retryAfter = Long.toString(Math.max(1, config.retryAfter().toSeconds()));
        Map<String, BodyLimitsConfig.RouteGroup> groups = config.routeGroups();
        BodyLimitsConfig.RouteGroup base = groups.get("default");
        if (base == null) {
            throw new IllegalStateException("revalign.body.route-groups.default.max-body-size is required");
        }
        this.fallback = new Group("default", base.maxBodySize().asLongValue());
        groups.forEach((name, group) -> {
            if (!"default".equals(name)) {
                for (String path : group.paths().orElse(List.of())) {
                    patterns.add(path, new Group(name, group.maxBodySize().asLongValue()));
                }
            }
        });
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::check);
        }
    }

    /** The group of a request path: the longest matching pattern's, else the default. */
    public Group groupFor(String path) {
        return patterns.find(path).orElse(fallback);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        long declared = BodySize.declared(request);
        boolean chunked = BodySize.chunked(request);
        if (declared <= 0 && !chunked) {
            rc.next(); // no body (or a Content-Length the HTTP decoder refuses on its own)
            return;
        }
        Group group = groupFor(rc.normalizedPath());
        if (declared > group.maxBodySize()) {
            refuseTooLarge(rc, group);
            return;
        }
        long size = chunked ? group.maxBodySize() : declared;
        if (!budget.tryReserve(size)) {
            rc.response().putHeader("Retry-After", retryAfter).putHeader("Connection", "close");
            problems.send(
                    rc,
                    Problem.of(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "The service is reading as many request bodies as its memory allows; send this one"
                                    + " again after Retry-After seconds",
                            BodySize.printable(rc.request().path())));
            return;
        }
        AtomicLong held = new AtomicLong(size);
        // Called once when the exchange ends: answered, failed, or the client went away.
        rc.addEndHandler(ignored -> budget.release(held.getAndSet(0)));
        if (chunked) {
            readChunked(rc, group, held);
        } else {
            rc.next();
        }
    }

    /**
     * Reads a chunked body up to the group's limit and hands it to whatever reads the body next
     * (Quarkus REST takes a body already read from the routing context); past the limit, a 413 and
     * the rest is not read. What was reserved beyond the body's real size is given back.
     */
    private void readChunked(RoutingContext rc, Group group, AtomicLong held) {
        HttpServerRequest request = rc.request();
        if (!(rc instanceof RoutingContextInternal internal)) {
            rc.next();
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] over = {false};
        request.handler(chunk -> {
            if (over[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > group.maxBodySize()) {
                over[0] = true;
                request.pause();
                refuseTooLarge(rc, group);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(failure -> {
            over[0] = true;
            rc.fail(400, failure);
        });
        request.endHandler(ignored -> {
            if (over[0]) {
                return;
            }
            long spare = held.get() - body.length();
            if (spare > 0) {
                held.addAndGet(-spare);
                budget.release(spare);
            }
            internal.setBody(body);
            rc.next();
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            rc.response().writeContinue();
        }
        request.resume();
    }

    private void refuseTooLarge(RoutingContext rc, Group group) {
        BodySize.refuseTooLarge(problems, rc, group.name(), group.maxBodySize());
    }
}
