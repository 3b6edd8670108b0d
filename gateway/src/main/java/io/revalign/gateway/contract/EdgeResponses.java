package io.revalign.gateway.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers the gateway itself may give on any API operation, whichever service is behind it:
 * 429 over the rate limit, 503 while the service's circuit is open, 502 and 504 when it cannot be
 * reached or stays silent. Every contract the gateway serves documents them.
 */
public final class EdgeResponses {

    /** Status → description, example problem. */
    public record Edge(String status, String description, String example, boolean rateLimited) {}

    public static final List<Edge> ALL = List.of(
            new Edge(
                    "429",
                    "Over this client's rate limit for the route group (by token subject, by address when"
                            + " anonymous); wait Retry-After seconds",
                    """
                    {"type": "urn:revalign:problem:too-many-requests", "title": "Too many requests", "status": 429,
                     "detail": "This client may send 1200 requests per 60 s to default routes; wait 3 s",
                     "instance": "/api/leads"}""",
                    true),
            new Edge(
                    "502",
                    "The service behind the gateway cannot be reached",
                    """
                    {"type": "urn:revalign:problem:bad-gateway", "title": "Upstream service unavailable", "status": 502,
                     "detail": "The lead service cannot be reached; try again shortly", "instance": "/api/leads"}""",
                    false),
            new Edge(
                    "503",
                    "The service is failing and its circuit is open, or it is not ready; try again after Retry-After"
                            + " seconds",
                    """
                    {"type": "urn:revalign:problem:service-unavailable", "title": "Service unavailable", "status": 503,
                     "detail": "The lead service is failing; the gateway stops calling it for about 10 s and then tries again",
                     "instance": "/api/leads"}""",
                    false),
            new Edge(
                    "504",
                    "The service did not answer within its timeout",
                    """
                    {"type": "urn:revalign:problem:gateway-timeout", "title": "Upstream service timed out", "status": 504,
                     "detail": "The lead service did not answer in time", "instance": "/api/leads"}""",
                    false));

    /** Response headers of every rate-limited answer (RateLimit-*) and of 429/502/503/504 (Retry-After). */
    public static final Map<String, String> RATE_LIMIT_HEADERS = rateLimitHeaders();

    public static final String RETRY_AFTER = "Retry-After";
    public static final String RETRY_AFTER_DESCRIPTION = "Seconds to wait before trying again";

    private EdgeResponses() {}

    private static Map<String, String> rateLimitHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Limit", "Requests this client may send to the route group per window");
        headers.put("RateLimit-Remaining", "Requests left in the current window");
        headers.put("RateLimit-Reset", "Seconds until the window is full again");
        headers.put("RateLimit-Policy", "The group's quota and window in seconds, e.g. 1200;w=60");
        return headers;
    }
}
