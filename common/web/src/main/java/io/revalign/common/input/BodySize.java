package io.revalign.common.input;

import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemJson;
import io.revalign.common.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The size a request body declares, and the one answer to a body over its route group's limit, in
 * the services ({@link BodyLimits}) and at the gateway's edge alike: a 413 problem naming the limit,
 * and the connection closed, since the rest of the body is left unread.
 */
public final class BodySize {

    private BodySize() {}

    /** The declared Content-Length, or -1 when there is none or it is not a plain number of at most 18 digits. */
    public static long declared(HttpServerRequest request) {
        return declared(request.getHeader("Content-Length"));
    }

    static long declared(String length) {
        return length != null
                        && !length.isEmpty()
                        && length.length() < 19
                        && length.chars().allMatch(Character::isDigit)
                ? Long.parseLong(length)
                : -1;
    }

    /** Whether the request streams a body of unknown length (no Content-Length, a Transfer-Encoding). */
    public static boolean chunked(HttpServerRequest request) {
        return request.getHeader("Content-Length") == null && request.getHeader("Transfer-Encoding") != null;
    }

    /** Answers 413 for a body over the limit of its route group, and closes the connection. */
    public static void refuseTooLarge(ProblemJson problems, RoutingContext rc, String routeGroup, long limit) {
        rc.response().putHeader("Connection", "close");
        problems.send(rc, tooLarge(routeGroup, limit, rc.request().path()));
    }

    static Problem tooLarge(String routeGroup, long limit, String path) {
        return Problem.of(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The request body exceeds the limit of " + limit + " bytes for " + routeGroup + " routes",
                printable(path));
    }

    /** The path to name in a problem, only when it is short and printable. */
    static String printable(String path) {
        return path != null && path.length() <= 200 && path.chars().allMatch(c -> c > 0x20 && c < 0x7f)
                ? path
                : "(request path)";
    }
}
