package io.revalign.common.input;

import io.revalign.common.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource runs, a query or path parameter holding text that PostgreSQL cannot
 * store or compare (NUL, an unpaired surrogate half): a 400 naming the parameter, where it would
 * otherwise reach a query and fail there as a server error.
 */
public class StorableParameters {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter :
                request.getUriInfo().getQueryParameters(true).entrySet()) {
            if (!StrictJson.storable(parameter.getKey())) {
                throw ProblemException.invalid("query", StrictJson.NOT_STORABLE);
            }
            for (String value : parameter.getValue()) {
                if (!StrictJson.storable(value)) {
                    throw ProblemException.invalid(parameter.getKey(), StrictJson.NOT_STORABLE);
                }
            }
        }
        if (!utf8(request.getUriInfo().getRequestUri().getRawPath())) {
            throw ProblemException.invalid(
                    "path", "must percent-encode UTF-8 (no invalid bytes or encoded surrogates)");
        }
        if (!StrictJson.storable(request.getUriInfo().getPath(true))) {
            throw ProblemException.invalid("path", StrictJson.NOT_STORABLE);
        }
    }

    /** Whether the percent-encoded bytes of {@code rawPath} are UTF-8 (decoders otherwise put U+FFFD in silently). */
    static boolean utf8(String rawPath) {
        if (rawPath == null || rawPath.indexOf('%') < 0) {
            return true;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%'
                    && i + 2 < rawPath.length()
                    && Character.digit(rawPath.charAt(i + 1), 16) >= 0
                    && Character.digit(rawPath.charAt(i + 2), 16) >= 0) {
                bytes.write(
                        Character.digit(rawPath.charAt(i + 1), 16) * 16 + Character.digit(rawPath.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
