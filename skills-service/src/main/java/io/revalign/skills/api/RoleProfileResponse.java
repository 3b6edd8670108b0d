package io.revalign.skills.api;

import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.service.RoleProfileView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a role profile. */
@Schema(name = "RoleProfile")
public record RoleProfileResponse(
        UUID id,
        SellerRole role,
        @Schema(description = "Version of this role's profile, from 1; the highest is the current one") int version,
        LocalDate targetDate,
        @Schema(nullable = true) String description,
        String createdBy,
        Instant createdAt,
        @Schema(
                        nullable = true,
                        description = "Why a decision wrote this version (an AI tool approved for a pilot or rollout)")
                String reason,
        @Schema(nullable = true, description = "The governance decision that wrote this version") UUID decisionId,
        List<Requirement> requirements) {

    /** One required skill. */
    @Schema(name = "RoleRequirementView")
    public record Requirement(
            String skillKey,
            String skillName,
            int level,
            ProficiencyLevel levelName,
            @Schema(description = "The skill was retired after this version was written; it no longer counts")
                    boolean skillRetired) {}

    public static RoleProfileResponse from(RoleProfileView view) {
        return new RoleProfileResponse(
                view.profile().id,
                view.profile().role,
                view.profile().version,
                view.profile().targetDate,
                view.profile().description,
                view.profile().createdBy,
                view.profile().createdAt,
                view.profile().reason,
                view.profile().decisionId,
                view.requirements().stream()
                        .map(r -> new Requirement(
                                r.skill().key,
                                r.skill().name,
                                r.level(),
                                ProficiencyLevel.of(r.level()),
                                r.skill().isRetired()))
                        .toList());
    }
}
