package io.revalign.skills.api;

import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.service.UpsertSeller;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One seller of a roster import, matched by externalId. */
@Schema(name = "SellerRequest", description = "A seller as the HRIS or CRM knows it")
public record SellerRequest(
        @NotBlank @Size(max = 200) @Schema(description = "The seller's id in the HRIS or CRM", examples = "HR-10442")
                String externalId,
        @NotBlank @Size(max = 200) @Schema(examples = "Dana Whitfield") String name,
        @NotBlank @Email @Size(max = 320) @Schema(examples = "dana.whitfield@example.com") String email,
        @NotNull SellerRole role,
        @NotBlank @Size(max = 100) @Schema(examples = "emea-enterprise") String team,
        @Size(min = 1, max = 200)
                @Schema(description = "externalId of the seller's manager", examples = "HR-10007", nullable = true)
                String managerExternalId,
        @Schema(description = "Inactive sellers drop out of every figure; default true", examples = "true")
                Boolean active) {

    UpsertSeller toCommand() {
        return new UpsertSeller(externalId, name, email, role, team, managerExternalId, active == null || active);
    }
}
