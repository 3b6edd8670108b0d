package io.revalign.skills.api;

import io.revalign.skills.domain.AssessmentSource;
import io.revalign.skills.service.RecordAssessment;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessed level of one skill of a seller. */
@Schema(name = "AssessmentRequest")
public record AssessmentRequest(
        @NotBlank @Size(max = 64) @Schema(examples = "prompt-engineering") String skillKey,
        @NotNull @Min(0) @Max(4) @Schema(description = "0 (NONE) to 4 (EXPERT)", examples = "2") Integer level,
        @NotNull
                @Schema(
                        description = "SELF (the seller), MANAGER (their manager), COURSE or CERTIFICATION"
                                + " (enablement or an LMS integration)")
                AssessmentSource source,
        @Size(max = 2000)
                @Schema(description = "What the level rests on", examples = "Call review of 2026-11-12, discovery call")
                String evidence,
        @Schema(description = "When the level was observed; default now, never in the future", nullable = true)
                Instant assessedAt) {

    RecordAssessment toCommand() {
        return new RecordAssessment(skillKey, level, source, evidence, assessedAt);
    }
}
