package io.revalign.common.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Problem details for what happens outside REST resources: unknown routes, bodies over the size
 * limit, authentication that fails before a resource is reached (bad or expired tokens) and other
 * HTTP-layer failures.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final Logger LOG = Logger.getLogger(ProblemRoutes.class);

    private final ProblemJson json;
    private final long maxBodySize;

    public ProblemRoutes(
            ProblemJson json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        // Runs just before Quarkus's own size check, which would answer 413 with an empty body.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseOversizedBody);
        router.route()
                .order(Integer.MAX_VALUE)
                .handler(rc -> json.send(
                        rc,
                        Problem.of(
                                ProblemType.NOT_FOUND,
                                "No resource at " + rc.request().path(),
                                rc.request().path())));
        router.route().failureHandler(this::failure);
    }

    private void refuseOversizedBody(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null
                && length.length() < 19
                && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > maxBodySize) {
            rc.response().putHeader("Connection", "close");
            json.send(
                    rc,
                    Problem.of(
                            ProblemType.PAYLOAD_TOO_LARGE,
                            "The request body exceeds the limit of " + maxBodySize + " bytes",
                            rc.request().path()));
        } else {
            rc.next();
        }
    }

    private void failure(RoutingContext rc) {
        Throwable failure = rc.failure();
        String path = rc.request().path();
        int status = rc.statusCode();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            status = 401;
        } else if (failure instanceof ForbiddenException) {
            status = 403;
        }
        ProblemType type = ProblemType.forStatus(status);
        if (type == null || status >= 500) {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(failure, "Unexpected failure on %s (reference %s)", path, reference);
            json.send(
                    rc,
                    Problem.of(
                            ProblemType.INTERNAL_ERROR,
                            "An unexpected error occurred; quote reference " + reference + " when reporting it",
                            path));
            return;
        }
        json.send(rc, Problem.of(type, path));
    }
}
