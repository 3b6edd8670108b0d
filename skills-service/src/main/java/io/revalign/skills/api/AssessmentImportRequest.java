package io.revalign.skills.api;

import io.revalign.skills.domain.AssessmentSource;
import io.revalign.skills.service.ImportAssessment;
import io.revalign.skills.service.RecordAssessment;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One assessment of an LMS import, the seller named by externalId. */
@Schema(name = "AssessmentImportRequest")
public record AssessmentImportRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "HR-10442") String sellerExternalId,
        @NotBlank @Size(max = 64) @Schema(examples = "prompt-engineering") String skillKey,
        @NotNull @Min(0) @Max(4) @Schema(examples = "3") Integer level,
        @NotNull AssessmentSource source,
        @Size(max = 2000) @Schema(examples = "Completed 'Prompting for sellers' with 92%") String evidence,
        @Schema(description = "When the level was observed; default now", nullable = true) Instant assessedAt) {

    ImportAssessment toCommand() {
        return new ImportAssessment(
                sellerExternalId, new RecordAssessment(skillKey, level, source, evidence, assessedAt));
    }
}
