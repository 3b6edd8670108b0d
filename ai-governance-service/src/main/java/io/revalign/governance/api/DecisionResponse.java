package io.revalign.governance.api;

import io.revalign.governance.domain.Decision;
import io.revalign.governance.domain.DecisionInput;
import io.revalign.governance.domain.DecisionStatus;
import io.revalign.governance.domain.DecisionType;
import io.revalign.governance.domain.Outcome;
import io.revalign.governance.domain.RaciLetter;
import io.revalign.governance.domain.SellerRole;
import io.revalign.governance.domain.Stance;
import io.revalign.governance.domain.ToolCategory;
import io.revalign.governance.domain.ToolStatus;
import io.revalign.governance.service.DecisionView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision request, its inputs and, once made, the decision. */
@Schema(name = "Decision")
public record DecisionResponse(
        UUID id,
        UUID toolId,
        DecisionType decisionType,
        ToolCategory toolCategory,
        @Schema(description = "The policy version in force when it was requested") int policyVersion,
        @Schema(description = "Role → RACI letter from that version") Map<String, RaciLetter> raci,
        String accountableRole,
        String businessCase,
        List<UUID> goalIds,
        Map<String, Integer> scores,
        @Schema(description = "Pilots and rollouts: the seller roles whose profiles are raised; empty: every profile")
                List<SellerRole> sellerRoles,
        @Schema(description = "Pilots and rollouts: the level the tool's skills are required at, 1-4")
                int requiredLevel,
        @Schema(
                        nullable = true,
                        description = "The readiness share the policy required before approval when this was requested")
                Double readinessThreshold,
        @Schema(nullable = true, description = "The readiness share measured when it was approved under a threshold")
                Double readinessMeasured,
        String requestedBy,
        Instant requestedAt,
        Instant inputsDueAt,
        Instant decisionDueAt,
        DecisionStatus status,
        List<InputResponse> inputs,
        @Schema(description = "Consulted roles that have not given input") List<String> pendingInputs,
        @Schema(nullable = true) Outcome outcome,
        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true) String rationale,
        @Schema(nullable = true, description = "Why the decision went ahead without every input") String overrideReason,
        @Schema(description = "The Consulted roles whose input the decision went ahead without")
                List<String> skippedInputs,
        @Schema(description = "The tool's status now") ToolStatus toolStatus) {

    /** A Consulted role's input. */
    @Schema(name = "DecisionInput")
    public record InputResponse(
            String role, Stance stance, @Schema(nullable = true) String comment, String givenBy, Instant givenAt) {

        static InputResponse from(DecisionInput input) {
            return new InputResponse(input.role, input.stance, input.comment, input.givenBy, input.givenAt);
        }
    }

    static DecisionResponse from(DecisionView view) {
        Decision d = view.decision();
        return new DecisionResponse(
                d.id,
                d.toolId,
                d.decisionType,
                d.toolCategory,
                d.policyVersion,
                d.raci,
                d.accountableRole,
                d.businessCase,
                List.copyOf(d.goalIds),
                d.scores,
                List.copyOf(d.sellerRoles),
                d.requiredLevel,
                d.readinessThreshold,
                d.readinessMeasured,
                d.requestedBy,
                d.requestedAt,
                d.inputsDueAt,
                d.decisionDueAt,
                d.status,
                view.inputs().stream().map(InputResponse::from).toList(),
                view.pendingInputs(),
                d.outcome,
                d.decidedBy,
                d.decidedAt,
                d.rationale,
                d.overrideReason,
                d.skippedInputs == null ? List.of() : List.copyOf(d.skippedInputs),
                view.toolStatus());
    }
}
