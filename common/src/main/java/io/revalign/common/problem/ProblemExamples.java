package io.revalign.common.problem;

/** OpenAPI examples of the problems every API answers with. */
public final class ProblemExamples {

    public static final String VALIDATION = """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "1 field is invalid", "instance": "/api/leads",
             "errors": [{"field": "email", "message": "must be a well-formed email address"}]}""";
    public static final String UNAUTHORIZED = """
            {"type": "urn:revalign:problem:unauthorized", "title": "Authentication required", "status": 401,
             "detail": "Send a valid bearer token in the Authorization header", "instance": "/api/leads"}""";
    public static final String FORBIDDEN = """
            {"type": "urn:revalign:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your roles do not allow this operation", "instance": "/api/leads"}""";
    public static final String NOT_FOUND = """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Lead 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e does not exist",
             "instance": "/api/leads/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e"}""";
    public static final String CONFLICT = """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "Lead 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e already has externalId 00Q5e00000AbCdE from SALESFORCE",
             "instance": "/api/leads"}""";

    private ProblemExamples() {
    }
}
