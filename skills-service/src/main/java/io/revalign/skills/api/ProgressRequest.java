package io.revalign.skills.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Progress of an enrolment. */
@Schema(name = "ProgressRequest")
public record ProgressRequest(
        @NotNull @Min(0) @Max(100) @Schema(description = "Percent done; 100 completes the module", examples = "100")
                Integer progress) {}
