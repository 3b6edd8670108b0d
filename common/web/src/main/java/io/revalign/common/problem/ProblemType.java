package io.revalign.common.problem;

/** The problem types every RevAlign API can answer with, each with its status and title. */
public enum ProblemType {
    VALIDATION_FAILED(400, "validation-failed", "Validation failed", "Some fields are invalid"),
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request", "The request cannot be read"),
    UNAUTHORIZED(
            401, "unauthorized", "Authentication required", "Send a valid bearer token in the Authorization header"),
    FORBIDDEN(403, "forbidden", "Forbidden", "Your roles do not allow this operation"),
    NOT_FOUND(404, "not-found", "Not found", "There is nothing at this address"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", "This method is not supported here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable", "This resource answers with application/json only"),
    CONFLICT(409, "conflict", "Conflict", "The request conflicts with an existing record"),
    PRECONDITION_FAILED(
            412,
            "precondition-failed",
            "Precondition failed",
            "The resource changed since you read it: If-Match is not its current ETag"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large", "The request body exceeds the size limit"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long", "The request line exceeds the size limit"),
    UNSUPPORTED_MEDIA_TYPE(
            415, "unsupported-media-type", "Unsupported media type", "Send the request body as application/json"),
    UNPROCESSABLE(422, "unprocessable", "Unprocessable request", "The request cannot be processed as sent"),
    PRECONDITION_REQUIRED(
            428,
            "precondition-required",
            "Precondition required",
            "Send If-Match with the ETag you read, so a concurrent change is not overwritten"),
    TOO_MANY_REQUESTS(
            429,
            "too-many-requests",
            "Too many requests",
            "This client sent more requests than its limit allows; wait Retry-After seconds"),
    HEADERS_TOO_LARGE(
            431, "headers-too-large", "Request header fields too large", "The request headers exceed the size limit"),
    INTERNAL_ERROR(500, "internal-error", "Internal server error", "An unexpected error occurred"),
    BAD_GATEWAY(502, "bad-gateway", "Upstream service unavailable", "A service behind the gateway cannot be reached"),
    SERVICE_UNAVAILABLE(
            503,
            "service-unavailable",
            "Service unavailable",
            "A service is temporarily unavailable; try again after Retry-After seconds"),
    GATEWAY_TIMEOUT(
            504,
            "gateway-timeout",
            "Upstream service timed out",
            "A service behind the gateway did not answer in time");

    private final int status;
    private final String slug;
    private final String title;
    private final String detail;

    ProblemType(int status, String slug, String title, String detail) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
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

    /** What to tell the client when nothing more specific is known. */
    public String detail() {
        return detail;
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
