package io.revalign.skills.api;

import io.revalign.skills.domain.SellerRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The next version of what a seller role needs. */
@Schema(name = "RoleProfileRequest", description = "A new version of a role's profile")
public record RoleProfileRequest(
        @NotNull SellerRole role,
        @NotNull @Schema(description = "The date sellers of this role should meet the profile", examples = "2026-06-30")
                LocalDate targetDate,
        @Size(max = 2000) @Schema(examples = "AEs sell to AI-equipped buying groups from Q2 on") String description,
        @NotNull @Size(min = 1, max = 200) @Schema(description = "Required skills, each once; 1 to 200")
                List<@Valid @NotNull Requirement> requirements) {

    /** One required skill and its level. */
    @Schema(name = "RoleRequirement")
    public record Requirement(
            @NotBlank @Size(max = 64) @Schema(description = "Key of a skill in use", examples = "prompt-engineering")
                    String skillKey,
            @NotNull @Min(0) @Max(4) @Schema(description = "Required level, 0 (NONE) to 4 (EXPERT)", examples = "3")
                    Integer level) {}
}
