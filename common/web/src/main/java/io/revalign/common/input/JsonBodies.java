package io.revalign.common.input;

import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource runs, a request body that is not declared as UTF-8 JSON: a missing
 * or unparseable {@code Content-Type}, another media type, or another charset (UTF-16 would be read
 * as garbage or guessed at; see {@link #READ_AS_UTF8}). A 415 problem that says what to send. Every RevAlign body is JSON
 * ({@code application/json} or a {@code +json} type such as {@code application/merge-patch+json}).
 */
public class JsonBodies {

    /**
     * Charsets whose bodies are read as UTF-8 without loss: UTF-8 itself, and the two that clients
     * (rest-assured, older HTTP libraries) add by default to any type they do not know as JSON. The
     * body is still decoded as UTF-8, so Latin-1 bytes that are not UTF-8 are a 400, never guessed.
     */
    private static final java.util.Set<String> READ_AS_UTF8 =
            java.util.Set.of("utf-8", "utf8", "iso-8859-1", "us-ascii");

    static final String SEND = "Send the request body as application/json (UTF-8) and say so in Content-Type";

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        if (!hasBody(request)) {
            return;
        }
        String problem = problem(request.getHeaderString("Content-Type"));
        if (problem != null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, problem + "; " + SEND);
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
            return false;
        }
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        String length = request.getHeaderString("Content-Length");
        return length != null && !length.isBlank() && !"0".equals(length.trim());
    }

    /** What is wrong with {@code contentType} for a JSON body, or null when it is UTF-8 JSON. */
    static String problem(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "The request has a body but no Content-Type";
        }
        String[] parts = contentType.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash <= 0 || slash == type.length() - 1) {
            return "Content-Type is not a media type";
        }
        String subtype = type.substring(slash + 1);
        if (!type.startsWith("application/") || !(subtype.equals("json") || subtype.endsWith("+json"))) {
            return "Content-Type " + printable(type) + " is not JSON";
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals < 0) {
                return "Content-Type has a parameter without a value";
            }
            String name = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = parameter.substring(equals + 1).trim().replace("\"", "");
            if (name.equals("charset") && !READ_AS_UTF8.contains(value.toLowerCase(Locale.ROOT))) {
                return "The charset " + printable(value) + " is not UTF-8";
            }
        }
        return null;
    }

    /** {@code text} as it may be echoed in a problem: short and without control characters. */
    private static String printable(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return shown.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? shown : "(with control characters)";
    }
}
