package io.revalign.skills.api;

import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.domain.SkillReadiness;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Readiness of active sellers on given skills at a level, per team. */
@Schema(name = "SkillReadiness")
public record SkillReadinessResponse(
        @Schema(description = "The level asked for, 1-4", examples = "2") int level,
        ProficiencyLevel levelName,
        List<String> skillKeys,
        @Schema(description = "The roles counted; empty: every role") List<SellerRole> roles,
        @Schema(description = "Active sellers of those roles") int sellers,
        @Schema(description = "Of those, sellers at the level or above on every skill") int ready,
        @Schema(nullable = true, description = "ready / sellers, 0 to 1; null when no seller matches")
                Double shareReady,
        List<Team> teams) {

    @Schema(name = "SkillReadinessTeam")
    public record Team(String team, int sellers, int ready, Double shareReady, List<Skill> skills) {}

    @Schema(name = "SkillReadinessSkill")
    public record Skill(String skillKey, @Schema(description = "Sellers at the level or above") int sellersAtLevel) {}

    static SkillReadinessResponse from(SkillReadiness r) {
        return new SkillReadinessResponse(
                r.level().value(),
                r.level(),
                r.skillKeys(),
                r.roles(),
                r.sellers(),
                r.ready(),
                r.share(),
                r.teams().stream()
                        .map(t -> new Team(
                                t.team(),
                                t.sellers(),
                                t.ready(),
                                t.share(),
                                t.atLevel().entrySet().stream()
                                        .map(e -> new Skill(e.getKey(), e.getValue()))
                                        .toList()))
                        .toList());
    }
}
