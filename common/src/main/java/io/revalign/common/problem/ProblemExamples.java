package io.revalign.common.problem;

/** OpenAPI examples of the problems every API answers alike; resource-specific ones live in each service. */
public final class ProblemExamples {

    public static final String UNAUTHORIZED = """
            {"type": "urn:revalign:problem:unauthorized", "title": "Authentication required", "status": 401,
             "detail": "Send a valid bearer token in the Authorization header", "instance": "/api/..."}""";
    public static final String FORBIDDEN = """
            {"type": "urn:revalign:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your roles do not allow this operation", "instance": "/api/..."}""";
    public static final String INVALID_PAGE = """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "1 field is invalid", "instance": "/api/...",
             "errors": [{"field": "limit", "message": "must be less than or equal to 500"}]}""";

    private ProblemExamples() {
    }
}
