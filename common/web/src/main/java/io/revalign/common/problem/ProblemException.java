package io.revalign.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thrown by services to answer with a problem; mapped to problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A validation failure of one request field that Bean Validation cannot express. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED, message, List.of(new Problem.FieldError(field, message)));
    }

    /** A validation failure of several request fields at once (e.g. the rules of a whole document). */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one field");
        }
        return new ProblemException(ProblemType.VALIDATION_FAILED, errors.get(0).message(), List.copyOf(errors));
    }

    /** Adds a response header to the problem (e.g. the current {@code ETag} beside a 412). */
    public ProblemException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The response headers that go with the problem. */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public Problem toProblem(String instance) {
        return errors != null ? Problem.validation(errors, instance) : Problem.of(type, getMessage(), instance);
    }
}
