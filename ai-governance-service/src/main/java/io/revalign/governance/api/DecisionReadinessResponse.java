package io.revalign.governance.api;

import io.revalign.governance.domain.DecisionType;
import io.revalign.governance.domain.RolloutReadiness;
import io.revalign.governance.domain.SellerRole;
import io.revalign.governance.service.DecisionService;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How ready the sellers a pilot or rollout affects are on its tool's skills, per team. */
@Schema(name = "DecisionReadiness")
public record DecisionReadinessResponse(
        UUID decisionId,
        DecisionType decisionType,
        UUID toolId,
        String toolName,
        @Schema(description = "The tool's skills (skills-service skill keys)") List<String> skillKeys,
        @Schema(description = "The seller roles counted; empty: every role") List<SellerRole> sellerRoles,
        @Schema(description = "The level measured, 1-4") int requiredLevel,
        @Schema(nullable = true, description = "The share the policy requires before approval; null: none")
                Double readinessThreshold,
        @Schema(description = "false: skills-service could not be asked; unavailableReason says why") boolean available,
        @Schema(nullable = true) String unavailableReason,
        @Schema(description = "Active sellers of the roles") int sellers,
        @Schema(description = "Of those, sellers at the level or above on every skill") int ready,
        @Schema(nullable = true, description = "ready / sellers, 0 to 1; null when unavailable or no seller")
                Double shareReady,
        @Schema(nullable = true, description = "Whether shareReady reaches the threshold; null without either")
                Boolean meetsThreshold,
        List<Team> teams) {

    @Schema(name = "DecisionReadinessTeam")
    public record Team(
            String team,
            int sellers,
            int ready,
            Double shareReady,
            @Schema(description = "Skill key → sellers of the team at the level or above")
                    Map<String, Integer> skills) {}

    static DecisionReadinessResponse from(DecisionService.ReadinessView view) {
        RolloutReadiness r = view.readiness();
        Double threshold = view.decision().readinessThreshold;
        return new DecisionReadinessResponse(
                view.decision().id,
                view.decision().decisionType,
                view.tool().id,
                view.tool().name,
                List.copyOf(view.tool().skillKeys),
                List.copyOf(view.decision().sellerRoles),
                view.decision().requiredLevel,
                threshold,
                r.available(),
                r.unavailableReason(),
                r.sellers(),
                r.ready(),
                r.share(),
                threshold == null || r.share() == null ? null : r.share() >= threshold,
                r.teams().stream()
                        .map(t -> new Team(t.team(), t.sellers(), t.ready(), t.share(), t.atLevel()))
                        .toList());
    }
}
