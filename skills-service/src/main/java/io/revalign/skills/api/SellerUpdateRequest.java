package io.revalign.skills.api;

import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.service.UpsertSeller;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a seller is, for the upsert by externalId (the id is in the path). */
@Schema(name = "SellerUpdateRequest", description = "A seller as the HRIS or CRM knows it")
public record SellerUpdateRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Dana Whitfield") String name,
        @NotBlank @Email @Size(max = 320) @Schema(examples = "dana.whitfield@example.com") String email,
        @NotNull SellerRole role,
        @NotBlank @Size(max = 100) @Schema(examples = "emea-enterprise") String team,
        @Size(min = 1, max = 200)
                @Schema(description = "externalId of the seller's manager", examples = "HR-10007", nullable = true)
                String managerExternalId,
        @Schema(description = "Inactive sellers drop out of every figure; default true", examples = "true")
                Boolean active) {

    UpsertSeller toCommand(String externalId) {
        return new UpsertSeller(externalId, name, email, role, team, managerExternalId, active == null || active);
    }
}
