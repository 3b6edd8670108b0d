package io.revalign.lead.api;

import io.revalign.lead.domain.qualification.CosignedVersion;
import io.revalign.lead.domain.qualification.EngagementRule;
import io.revalign.lead.domain.qualification.FitRule;
import io.revalign.lead.domain.qualification.Gate;
import io.revalign.lead.domain.qualification.QualificationRules;
import io.revalign.lead.domain.qualification.SignOffStatus;
import io.revalign.lead.service.SignOffService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A qualification definition version with where it stands, its approvals and its history. */
@Schema(name = "QualificationDefinition")
public record DefinitionResponse(
        UUID id,
        @Schema(description = "The definition version number people quote (1, 2, 3…)") int version,
        String name,
        @Schema(nullable = true) String description,
        SignOffStatus status,
        @Schema(description = "Incremented by every edit; approvals count for the current revision only") long revision,
        List<FitRule> fitRules,
        List<EngagementRule> engagementRules,
        List<Gate> gates,
        int mqlThreshold,
        @Schema(description = "Approvals of the current revision") List<SignOffRecords.ApprovalResponse> approvals,
        @Schema(description = "Every step, oldest first") List<SignOffRecords.StepResponse> history,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant activatedAt) {

    static DefinitionResponse from(SignOffService.VersionView view, QualificationRules rules) {
        CosignedVersion v = view.version();
        return new DefinitionResponse(
                v.id,
                v.number,
                v.name,
                v.description,
                v.status,
                v.revision,
                rules.fitRules(),
                rules.engagementRules(),
                rules.gates(),
                rules.mqlThreshold(),
                SignOffRecords.approvals(view),
                SignOffRecords.history(view),
                v.createdBy,
                v.createdAt,
                v.updatedAt,
                v.activatedAt);
    }
}
