package io.revalign.common.problem;

/** OpenAPI examples of the problems every API answers alike; resource-specific ones live in each service. */
public final class ProblemExamples {

    public static final String UNAUTHORIZED =
            """
            {"type": "urn:revalign:problem:unauthorized", "title": "Authentication required", "status": 401,
             "detail": "Send a valid bearer token in the Authorization header", "instance": "/api/..."}""";
    public static final String FORBIDDEN =
            """
            {"type": "urn:revalign:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your roles do not allow this operation", "instance": "/api/..."}""";
    public static final String INVALID_PAGE =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "1 field is invalid", "instance": "/api/...",
             "errors": [{"field": "limit", "message": "must be less than or equal to 500"}]}""";

    public static final String IDEMPOTENCY_KEY_REUSED =
            """
            {"type": "urn:revalign:problem:unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "This Idempotency-Key was used for another request; use a new key for a new request",
             "instance": "/api/..."}""";
    public static final String IDEMPOTENCY_IN_FLIGHT =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "The first request with this Idempotency-Key is still being processed; retry shortly",
             "instance": "/api/..."}""";
    public static final String IDEMPOTENCY_KEY_DESCRIPTION = "Makes the request safe to retry: a replay with the "
            + "same key and body returns the first response (header Idempotent-Replayed: true); the same key "
            + "with another body is a 422; a replay while the first is still running is a 409. Keys are per caller.";

    public static final String PRECONDITION_REQUIRED =
            """
            {"type": "urn:revalign:problem:precondition-required", "title": "Precondition required", "status": 428,
             "detail": "Send If-Match with the ETag you last read; the current ETag is \\"4\\"",
             "instance": "/api/..."}""";
    public static final String PRECONDITION_FAILED =
            """
            {"type": "urn:revalign:problem:precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "If-Match \\"3\\" is not the current ETag \\"4\\": the resource changed since you read it; read it again and re-apply your change",
             "instance": "/api/..."}""";
    public static final String IF_MATCH_DESCRIPTION = "The ETag you last read (from GET or the previous write), "
            + "e.g. \"3\"; the write happens only if it is still current. Missing: 428; stale: 412. "
            + "Both answers carry the current ETag.";

    public static final String TOO_MANY_RECORDS =
            """
            {"type": "urn:revalign:problem:payload-too-large", "title": "Payload too large", "status": 413,
             "detail": "A bulk request holds at most 1000 records; this one has 1200. Split it into several requests",
             "instance": "/api/..."}""";

    private ProblemExamples() {}
}
