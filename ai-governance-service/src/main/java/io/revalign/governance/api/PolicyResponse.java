package io.revalign.governance.api;

import io.revalign.governance.domain.DecisionPolicy;
import io.revalign.governance.domain.DecisionType;
import io.revalign.governance.domain.RaciLetter;
import io.revalign.governance.domain.ToolCategory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of the decision-rights policy as the API shows it. */
@Schema(name = "DecisionRightsPolicy")
public record PolicyResponse(
        UUID id,
        @Schema(description = "1, 2, 3, …; the highest is in force") int version,
        @Schema(nullable = true) String note,
        List<CellResponse> cells,
        String createdBy,
        Instant createdAt) {

    /** One cell of the policy. */
    @Schema(name = "DecisionRightsCellView")
    public record CellResponse(
            DecisionType decisionType,
            @Schema(nullable = true, description = "null: every category without a cell of its own")
                    ToolCategory toolCategory,
            Map<String, RaciLetter> raci,
            @Schema(nullable = true, description = "Pilots and rollouts: the readiness required before approval")
                    Double readinessThreshold) {}

    static PolicyResponse from(DecisionPolicy policy) {
        return new PolicyResponse(
                policy.id,
                policy.version,
                policy.note,
                policy.cells.stream()
                        .map(cell -> new CellResponse(
                                cell.decisionType(), cell.toolCategory(), cell.raci(), cell.readinessThreshold()))
                        .toList(),
                policy.createdBy,
                policy.createdAt);
    }
}
