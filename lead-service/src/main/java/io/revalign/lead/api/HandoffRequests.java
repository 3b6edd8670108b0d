package io.revalign.lead.api;

import io.revalign.lead.domain.LifecycleStage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the hand-off operations. */
final class HandoffRequests {

    private HandoffRequests() {}

    /** Sales accepts; the comment is optional. */
    @Schema(name = "HandoffAcceptance")
    record Accept(@Size(max = 2000) String comment) {}

    /** Sales rejects, for a reason of the managed list. */
    @Schema(name = "HandoffRejection")
    record Reject(
            @NotBlank @Size(max = 32) @Schema(description = "A code of GET /api/handoffs/rejection-reasons")
                    String reasonCode,
            @Size(max = 2000) String comment) {}

    /** Sales sends the lead back to marketing; the comment says why and is required. */
    @Schema(name = "HandoffRecycling")
    record Recycle(@NotBlank @Size(max = 2000) String comment) {}

    /** Sales pulls a lead the definition did not qualify. */
    @Schema(name = "HandoffPull")
    record Pull(@NotNull UUID leadId, @Size(max = 2000) String comment) {}

    /** A new reason of the managed list. */
    @Schema(name = "RejectionReasonRequest")
    record NewReason(
            @NotBlank
                    @Size(max = 32)
                    @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "must be UPPER_SNAKE, e.g. NO_PROJECT")
                    String code,
            @NotBlank @Size(max = 200) String label,
            @NotNull @Schema(description = "RECYCLED or DISQUALIFIED: where a rejection for this reason sends the lead")
                    LifecycleStage targetStage) {}

    /** A reason's new label, target stage and whether it takes new rejections. */
    @Schema(name = "RejectionReasonUpdate")
    record ReasonUpdate(
            @NotBlank @Size(max = 200) String label, @NotNull LifecycleStage targetStage, @NotNull Boolean active) {}

    /** A segment's new first-touch hours. */
    @Schema(name = "HandoffSlaUpdate")
    record SlaUpdate(@NotNull @Min(1) @Max(8760) Integer firstTouchHours) {}

    /** A person's move of a lead to another stage. */
    @Schema(name = "LeadTransitionRequest")
    record Transition(@NotNull LifecycleStage toStage, @NotBlank @Size(max = 500) String reason) {}
}
