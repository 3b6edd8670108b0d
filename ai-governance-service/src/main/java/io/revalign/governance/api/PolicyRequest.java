package io.revalign.governance.api;

import io.revalign.governance.domain.DecisionType;
import io.revalign.governance.domain.PolicyCell;
import io.revalign.governance.domain.RaciLetter;
import io.revalign.governance.domain.ToolCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of the decision-rights policy. */
@Schema(
        name = "DecisionRightsPolicyRequest",
        description = "Every decision type must be covered for every tool category, by a cell of its own or by the "
                + "type's cell without toolCategory; each cell names exactly one Accountable role")
public record PolicyRequest(
        @Size(max = 1000) @Schema(description = "Why this version", examples = "Sales leadership decides sales tools")
                String note,
        @NotEmpty @Size(max = 200, message = "may hold at most 200 cells") List<@NotNull @Valid Cell> cells) {

    /** One cell: a decision type, optionally a tool category, and each taking part role's letter. */
    @Schema(name = "DecisionRightsCell")
    public record Cell(
            @NotNull DecisionType decisionType,
            @Schema(nullable = true, description = "Omit for every category that has no cell of its own")
                    ToolCategory toolCategory,
            @NotEmpty
                    @Size(max = 12, message = "may name at most 12 roles")
                    @Schema(
                            description = "Role → R (Responsible), A (Accountable, exactly one), C (Consulted), "
                                    + "I (Informed); roles are those of the token's groups claim; at most 12 roles",
                            maxProperties = 12,
                            examples = "{\"sales-leader\": \"A\", \"revops\": \"R\", \"it\": \"C\", \"sales\": \"I\"}")
                    Map<@NotNull @Size(max = 32) String, @NotNull RaciLetter> raci,
            @DecimalMin(value = "0", message = "must be a share from 0 to 1")
                    @DecimalMax(value = "1", message = "must be a share from 0 to 1")
                    @Schema(
                            nullable = true,
                            description = "APPROVE_PILOT and APPROVE_ROLLOUT only: the share (0 to 1) of affected"
                                    + " sellers that must be at the required level on every skill of the tool"
                                    + " (asked of skills-service) before the Accountable role may approve",
                            examples = "0.6")
                    Double readinessThreshold) {}

    List<PolicyCell> toCells() {
        return cells.stream()
                .map(cell -> new PolicyCell(
                        cell.decisionType(), cell.toolCategory(), cell.raci(), cell.readinessThreshold()))
                .toList();
    }
}
