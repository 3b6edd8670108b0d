package io.revalign.common.problem;

/** The problem types every RevAlign API can answer with, each with its status and title. */
public enum ProblemType {
    VALIDATION_FAILED(400, "validation-failed", "Validation failed"),
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "Unprocessable request"),
    INTERNAL_ERROR(500, "internal-error", "Internal server error"),
    BAD_GATEWAY(502, "bad-gateway", "Upstream service unavailable"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Upstream service timed out");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The type for an HTTP error status raised by the framework, or {@code null} when none fits. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return null;
    }
}
