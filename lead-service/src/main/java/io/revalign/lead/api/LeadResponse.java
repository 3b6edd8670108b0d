package io.revalign.lead.api;

import io.revalign.lead.domain.Bant;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.qualification.QualificationSummary;
import io.revalign.lead.domain.qualification.ScoredLead;
import io.revalign.lead.domain.qualification.Verdict;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as the API shows it, with its current score in brief. */
@Schema(name = "Lead")
public record LeadResponse(
        UUID id,
        String email,
        String firstName,
        String lastName,
        String company,
        String title,
        String industry,
        Integer companySize,
        String country,
        @Schema(
                        description = "Where the lead came from; null only for a lead stored with a source this"
                                + " version does not know (written by a newer version)",
                        nullable = true)
                LeadSource source,
        String externalId,
        LeadRequest.BantAnswers bant,
        Map<String, Object> attributes,
        LifecycleStage lifecycleStage,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "When the lead's personal data was erased; null if never", nullable = true)
                Instant erasedAt,
        @Schema(
                        description = "The lead's current score under the active definition; null until a"
                                + " definition has scored it. GET /api/leads/{id}/qualification explains it.",
                        nullable = true)
                Qualification qualification) {

    /** A lead's current score in brief. */
    @Schema(name = "LeadQualificationSummary")
    public record Qualification(
            @Schema(description = "0 to 100") double score,
            @Schema(description = "MQL, BELOW_THRESHOLD (every gate passed) or GATED (a gate failed)") Verdict verdict,
            @Schema(description = "The definition version that scored it") int definitionVersion,
            Instant scoredAt) {

        static Qualification from(QualificationSummary summary) {
            return summary == null
                    ? null
                    : new Qualification(
                            summary.score(), summary.verdict(), summary.definitionVersion(), summary.scoredAt());
        }
    }

    public static LeadResponse from(ScoredLead scored) {
        return from(scored.lead(), scored.qualification());
    }

    /** The lead with its qualification summary ({@code null}: not scored). */
    public static LeadResponse from(Lead lead, QualificationSummary qualification) {
        Bant bant = lead.bant;
        return new LeadResponse(
                lead.id,
                lead.email,
                lead.firstName,
                lead.lastName,
                lead.company,
                lead.title,
                lead.industry,
                lead.companySize,
                lead.country,
                lead.source,
                lead.externalId,
                new LeadRequest.BantAnswers(bant.budget, bant.authority, bant.need, bant.timeline),
                lead.attributes,
                lead.lifecycleStage,
                lead.createdAt,
                lead.updatedAt,
                lead.erasedAt,
                Qualification.from(qualification));
    }
}
