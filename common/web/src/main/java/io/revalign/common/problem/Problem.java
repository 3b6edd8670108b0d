package io.revalign.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body; {@code errors} is present only for validation failures. */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "Problem type URI", examples = "urn:revalign:problem:validation-failed") String type,
        @Schema(description = "Short summary of the problem type", examples = "Validation failed") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "What went wrong with this request", examples = "1 field is invalid") String detail,
        @Schema(description = "Path of the request that failed", examples = "/api/skills/not-a-skill") String instance,
        @Schema(description = "One entry per invalid field (validation failures only)") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:revalign:problem:";

    /** One invalid field of a request. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "email") String field,
            @Schema(examples = "must be a well-formed email address") String message) {}

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(TYPE_PREFIX + type.slug(), type.title(), type.status(), detail, instance, null);
    }

    /** A problem with its type's general detail. */
    public static Problem of(ProblemType type, String instance) {
        return of(type, type.detail(), instance);
    }

    public static Problem validation(List<FieldError> errors, String instance) {
        ProblemType type = ProblemType.VALIDATION_FAILED;
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new Problem(
                TYPE_PREFIX + type.slug(), type.title(), type.status(), detail, instance, List.copyOf(errors));
    }
}
