package io.revalign.governance.api;

import io.revalign.governance.domain.DecisionType;
import io.revalign.governance.domain.SellerRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request for a decision about an AI tool. */
@Schema(name = "DecisionRequest", description = "Snapshots the decision-rights policy version in force")
public record DecisionRequest(
        @NotNull UUID toolId,
        @NotNull DecisionType decisionType,
        @NotBlank
                @Size(max = 4000)
                @Schema(examples = "Reps lose 5 hours a week to call notes; Gong transcribes calls and flags risk.")
                String businessCase,
        @Size(max = 50, message = "may hold at most 50 goals")
                @Schema(description = "Ids of the strategic goals the decision serves")
                List<@NotNull UUID> goalIds,
        @Size(max = 20, message = "may hold at most 20 criteria")
                @Schema(
                        description = "Evaluation score per criterion, 0 (poor) to 5 (excellent); at most 20 criteria,"
                                + " each named in at most 100 characters",
                        maxProperties = 20,
                        examples = "{\"value\": 4, \"security\": 3, \"cost\": 3}")
                Map<@NotBlank @Size(max = 100) String, @NotNull @Min(0) @Max(5) Integer> scores,
        @Size(max = 5)
                @Schema(
                        description = "Pilots and rollouts: the seller roles whose skills-service role profiles the"
                                + " tool's skills are added to when approved; omit for every role that has a profile",
                        examples = "[\"AE\", \"SDR\"]")
                List<@NotNull SellerRole> sellerRoles,
        @Min(value = 1, message = "must be 1 to 4")
                @Max(value = 4, message = "must be 1 to 4")
                @Schema(
                        description = "Pilots and rollouts: the level (1 AWARE to 4 EXPERT) the tool's skills are"
                                + " required at, and readiness is measured at; default 2 (PRACTICING)",
                        examples = "2")
                Integer requiredLevel) {}
