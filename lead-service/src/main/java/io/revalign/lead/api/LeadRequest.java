package io.revalign.lead.api;

import io.revalign.common.input.BoundedJson;
import io.revalign.lead.domain.Bant;
import io.revalign.lead.domain.LeadData;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.domain.LifecycleStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as a CRM, a form or a person submits it. */
@Schema(name = "LeadRequest", description = "A new lead")
public record LeadRequest(
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
        @NotNull @Schema(description = "System the lead came from") LeadSource source,
        @Size(min = 1, max = 255)
                @Schema(
                        description = "The lead's id in its source system; unique per source",
                        examples = "00Q5e00000AbCdE")
                String externalId,
        @Valid @Schema(description = "BANT answers; omitted ones are UNKNOWN") BantAnswers bant,
        @Size(max = 100, message = "may hold at most 100 attributes")
                @BoundedJson
                @Schema(
                        description = "Free attributes from the source system: at most 100 keys here and 200 in all,"
                                + " nested at most 5 levels, keys up to 100 and text up to 2,000 characters,"
                                + " arrays up to 100 items, 16 KB as JSON",
                        maxProperties = 100,
                        examples = "{\"utmCampaign\": \"q3-ai-webinar\"}")
                Map<String, Object> attributes,
        @Schema(description = "SUBSCRIBER or LEAD (default); later stages are reached through qualification")
                LifecycleStage lifecycleStage) {

    /** BANT answers as sent; a missing answer is UNKNOWN. */
    @Schema(name = "BantAnswers")
    public record BantAnswers(Bant.Budget budget, Bant.Authority authority, Bant.Need need, Bant.Timeline timeline) {

        Bant toBant() {
            return Bant.of(budget, authority, need, timeline);
        }
    }

    /** What this request says about the lead, without its identity and stage. */
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
}
