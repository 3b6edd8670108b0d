package io.revalign.common.input;

import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemJson;
import io.revalign.common.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The first check every request meets in every RevAlign application, before authentication and
 * routing: its framing. A request line over {@link RequestFramingConfig#maxRequestLine()} is a 414,
 * headers over {@link RequestFramingConfig#maxHeaderSize()} a 431, a path that does not
 * percent-decode to UTF-8 (or holds characters a URI path cannot) a 400. Each answer is a problem
 * document and closes the connection. The HTTP decoder's own ceilings
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, set well above
 * these in common-web's defaults) stay as the backstop: beyond them Vert.x answers before any route
 * runs, with an empty body, and Quarkus 3.34 gives no way to change that (it never sets Vert.x's
 * {@code HttpServer.invalidRequestHandler}). The same holds for a control character in a header,
 * which Netty's decoder refuses with an empty 400, and for a path holding {@code %ZZ}: Quarkus's
 * path-matching security policy decodes the path before this route runs and the failure is
 * answered, still with an empty 400, by a router the application is not handed.
 */
@Singleton
public class RequestFraming {

    /** Before authentication (a 100 KB token is a 431, not a 401) and before everything else of ours. */
    public static final int ORDER = -10_000;

    private final ProblemJson problems;
    private final long maxRequestLine;
    private final long maxHeaderSize;

    public RequestFraming(RequestFramingConfig config, ProblemJson problems) {
        this.problems = problems;
        this.maxRequestLine = config.maxRequestLine().asLongValue();
        this.maxHeaderSize = config.maxHeaderSize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        Problem problem = problem(rc.request());
        if (problem == null) {
            rc.next();
            return;
        }
        rc.response().putHeader("Connection", "close");
        problems.send(rc, problem);
    }

    private Problem problem(HttpServerRequest request) {
        String uri = request.uri();
        String path = printablePath(request);
        long requestLine = request.method().name().length() + 1L + uri.length() + 9;
        if (requestLine > maxRequestLine) {
            return Problem.of(
                    ProblemType.URI_TOO_LONG,
                    "The request line is " + requestLine + " bytes; the limit is " + maxRequestLine
                            + ". Send long filters in a request body",
                    path);
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4L;
        }
        if (headerBytes > maxHeaderSize) {
            return Problem.of(
                    ProblemType.HEADERS_TOO_LARGE,
                    "The request headers are " + headerBytes + " bytes; the limit is " + maxHeaderSize,
                    path);
        }
        String pathProblem = pathProblem(rawPath(uri));
        if (pathProblem != null) {
            return Problem.validation(List.of(new Problem.FieldError("path", pathProblem)), path);
        }
        return null;
    }

    private static String rawPath(String uri) {
        int end = uri.length();
        int query = uri.indexOf('?');
        if (query >= 0) {
            end = query;
        }
        int fragment = uri.indexOf('#');
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return uri.substring(0, end);
    }

    /** What is wrong with a raw request path, or null: bad percent-encoding, non-UTF-8, NUL, stray characters. */
    static String pathProblem(String path) {
        ByteBuffer bytes = ByteBuffer.allocate(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length() || hex(path.charAt(i + 1)) < 0 || hex(path.charAt(i + 2)) < 0) {
                    return "has a % that is not followed by two hexadecimal digits";
                }
                int b = hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2));
                if (b == 0) {
                    return "holds an encoded NUL (%00)";
                }
                bytes.put((byte) b);
                i += 2;
            } else if (allowed(c)) {
                bytes.put((byte) c);
            } else {
                return "holds a character that must be percent-encoded (RFC 3986)";
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
        } catch (CharacterCodingException e) {
            return "does not percent-decode to UTF-8";
        }
        return null;
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** The path to name in the problem, only when it is short and printable. */
    private static String printablePath(HttpServerRequest request) {
        String path = rawPath(request.uri());
        return path.length() <= 200 && path.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? path : "(request path)";
    }
}
