package io.revalign.skills.api;

import io.revalign.skills.domain.Assessment;
import io.revalign.skills.domain.AssessmentSource;
import io.revalign.skills.domain.AssessmentStatus;
import io.revalign.skills.domain.ProficiencyLevel;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment as the API shows it. */
@Schema(name = "Assessment")
public record AssessmentResponse(
        UUID id,
        UUID sellerId,
        String skillKey,
        int level,
        ProficiencyLevel levelName,
        AssessmentSource source,
        @Schema(description = "CONFIRMED counts; PROPOSED waits for the manager; REJECTED never counts")
                AssessmentStatus status,
        @Schema(nullable = true) String evidence,
        @Schema(description = "The token subject that recorded it") String assessor,
        Instant assessedAt,
        Instant recordedAt,
        @Schema(nullable = true, description = "The enrolment whose completion proposed it") UUID enrolmentId,
        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true) String decisionComment) {

    public static AssessmentResponse from(Assessment a, String skillKey) {
        return new AssessmentResponse(
                a.id,
                a.sellerId,
                skillKey,
                a.level,
                ProficiencyLevel.of(a.level),
                a.source,
                a.status,
                a.evidence,
                a.assessor,
                a.assessedAt,
                a.recordedAt,
                a.enrolmentId,
                a.decidedBy,
                a.decidedAt,
                a.decisionComment);
    }
}
