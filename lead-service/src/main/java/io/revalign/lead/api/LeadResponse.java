package io.revalign.lead.api;

import io.revalign.lead.domain.Bant;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.domain.LifecycleStage;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as the API shows it. */
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
        LeadSource source,
        String externalId,
        LeadRequest.BantAnswers bant,
        Map<String, Object> attributes,
        LifecycleStage lifecycleStage,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "When the lead's personal data was erased; null if never", nullable = true)
                Instant erasedAt) {

    public static LeadResponse from(Lead lead) {
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
                lead.erasedAt);
    }
}
