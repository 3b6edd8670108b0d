package io.revalign.governance.api;

import io.revalign.governance.domain.AiTool;
import io.revalign.governance.domain.DataCategory;
import io.revalign.governance.domain.RiskTier;
import io.revalign.governance.domain.ToolCategory;
import io.revalign.governance.domain.ToolStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An AI tool as the API shows it. */
@Schema(name = "AiTool")
public record AiToolResponse(
        UUID id,
        String name,
        String vendor,
        ToolCategory category,
        String description,
        List<String> useCases,
        Set<DataCategory> dataCategories,
        String ownerRole,
        List<String> skillKeys,
        @Schema(description = "Ids of the strategic goals the tool serves") List<UUID> goalIds,
        @Schema(description = "Changes only through decisions") ToolStatus status,
        @Schema(
                        nullable = true,
                        description = "When the last decision about the tool was made; reviews count from here")
                Instant lastReviewedAt,
        @Schema(nullable = true, description = "Derived from the intake questionnaire; null until it is answered")
                RiskTier riskTier,
        @Schema(description = "Why the tool has its risk tier (empty before the intake or when MINIMAL)")
                List<String> riskReasons,
        Instant createdAt,
        Instant updatedAt) {

    public static AiToolResponse from(AiTool tool) {
        return new AiToolResponse(
                tool.id,
                tool.name,
                tool.vendor,
                tool.category,
                tool.description,
                List.copyOf(tool.useCases),
                new TreeSet<>(tool.dataCategories),
                tool.ownerRole,
                List.copyOf(tool.skillKeys),
                List.copyOf(tool.goalIds),
                tool.status,
                tool.lastReviewedAt,
                tool.riskTier,
                tool.riskAssessment() == null
                        ? List.of()
                        : tool.riskAssessment().reasons(),
                tool.createdAt,
                tool.updatedAt);
    }
}
