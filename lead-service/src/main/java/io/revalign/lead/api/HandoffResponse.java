package io.revalign.lead.api;

import io.revalign.lead.domain.Segment;
import io.revalign.lead.domain.handoff.Handoff;
import io.revalign.lead.domain.handoff.HandoffState;
import io.revalign.lead.domain.handoff.MarketingVerdict;
import io.revalign.lead.service.Handoffs;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hand-off as the API shows it. */
@Schema(name = "Handoff")
public record HandoffResponse(
        UUID id,
        UUID leadId,
        HandoffState state,
        @Schema(description = "Sales pulled a lead the definition did not qualify (opened and accepted at once)")
                boolean pulled,
        Segment segment,
        @Schema(description = "What the definition said of the lead when the hand-off opened")
                MarketingVerdict marketingVerdict,
        @Schema(nullable = true, description = "The definition version of that verdict; null when none had scored it")
                Integer definitionVersion,
        Instant openedAt,
        @Schema(description = "First touch due by: openedAt plus the segment's first-touch hours") Instant dueAt,
        @Schema(nullable = true) Instant firstTouchAt,
        @Schema(description = "The first touch came, or is still missing, after dueAt") boolean breached,
        @Schema(nullable = true) Instant actedAt,
        @Schema(nullable = true) String actor,
        @Schema(nullable = true) String reasonCode,
        @Schema(nullable = true) String comment) {

    static HandoffResponse from(Handoffs.Viewed viewed) {
        Handoff h = viewed.handoff();
        return new HandoffResponse(
                h.id,
                h.leadId,
                h.state,
                h.pulled,
                h.segment,
                h.marketingVerdict,
                h.definitionVersion,
                h.openedAt,
                h.dueAt,
                h.firstTouchAt,
                viewed.breached(),
                h.actedAt,
                h.actor,
                h.reasonCode,
                h.comment);
    }
}
