package io.revalign.lead.api;

import io.revalign.common.input.BoundedJson;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a lead says, as PUT and upsert send it and as a merge patch is applied to: everything but
 * its identity (id, source, externalId), its stage and its score. A field left out is cleared.
 */
@Schema(name = "LeadUpdate", description = "A lead's new values; identity, stage and score are not part of it")
public record LeadUpdateRequest(
        @NotBlank @Email @Size(max = 320) @Schema(examples = "dana.reyes@northwind.example") String email,
        @Size(max = 100) @Schema(examples = "Dana") String firstName,
        @Size(max = 100) @Schema(examples = "Reyes") String lastName,
        @Size(max = 200) @Schema(examples = "Northwind Traders") String company,
        @Size(max = 200) @Schema(examples = "VP Revenue Operations") String title,
        @Size(max = 100) @Schema(examples = "Logistics") String industry,
        @PositiveOrZero @Schema(description = "Employees", examples = "850") Integer companySize,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE or US")
                @Schema(description = "ISO 3166-1 alpha-2", examples = "DE")
                String country,
        @Valid @Schema(description = "BANT answers; omitted ones are UNKNOWN") LeadRequest.BantAnswers bant,
        @Size(max = 100, message = "may hold at most 100 attributes")
                @BoundedJson
                @Schema(
                        description = "Free attributes from the source system: at most 100 keys here and 200 in all,"
                                + " nested at most 5 levels, keys up to 100 and text up to 2,000 characters,"
                                + " arrays up to 100 items, 16 KB as JSON",
                        maxProperties = 100,
                        examples = "{\"utmCampaign\": \"q3-ai-webinar\"}")
                Map<String, Object> attributes) {

    LeadData toData() {
        return new LeadData(
                email,
                firstName,
                lastName,
                company,
                title,
                industry,
                companySize,
                country,
                bant == null ? null : bant.toBant(),
                attributes);
    }

    static LeadUpdateRequest from(Lead lead) {
        return new LeadUpdateRequest(
                lead.email,
                lead.firstName,
                lead.lastName,
                lead.company,
                lead.title,
                lead.industry,
                lead.companySize,
                lead.country,
                new LeadRequest.BantAnswers(lead.bant.budget, lead.bant.authority, lead.bant.need, lead.bant.timeline),
                lead.attributes);
    }
}
