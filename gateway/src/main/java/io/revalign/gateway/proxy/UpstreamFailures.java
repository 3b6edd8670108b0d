package io.revalign.gateway.proxy;

import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemJson;
import io.revalign.common.problem.ProblemType;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/** Turns an upstream that cannot be reached or does not answer into a problem the client can act on. */
@ApplicationScoped
public class UpstreamFailures {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);
    private static final int MAX_CAUSES = 10;

    private final ProblemJson problems;

    public UpstreamFailures(ProblemJson problems) {
        this.problems = problems;
    }

    /** 504 when the service stayed silent past its timeout, 502 when it could not be reached or broke off. */
    public Problem problemFor(String service, Throwable failure, String path) {
        boolean timedOut = timedOut(failure);
        ProblemType type = timedOut ? ProblemType.GATEWAY_TIMEOUT : ProblemType.BAD_GATEWAY;
        LOG.warnf("%s for %s: %s failed (%s)", type.status(), path, service, failure);
        String detail = timedOut
                ? "The " + service + " service did not answer in time"
                : "The " + service + " service cannot be reached; try again shortly";
        return Problem.of(type, detail, path);
    }

    /** Whether the failure, or one of its causes, is a timeout (a connect timeout is a connect failure). */
    static boolean timedOut(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The problem as the proxy's response, replacing whatever headers the upstream might have set. */
    public ProxyResponse respond(ProxyRequest request, Problem problem, long retryAfterSeconds) {
        ProxyResponse response = request.response().setStatusCode(problem.status());
        response.headers().clear();
        response.putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
        return response.setBody(Body.body(Buffer.buffer(problems.write(problem))));
    }
}
