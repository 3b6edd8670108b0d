package io.revalign.lead.api;

import io.revalign.lead.domain.Activity;
import io.revalign.lead.domain.ActivityType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity as the API shows it. */
@Schema(name = "Activity")
public record ActivityResponse(
        UUID id,
        UUID leadId,
        ActivityType type,
        Instant occurredAt,
        @Schema(nullable = true) String externalEventId,
        @Schema(description = "When RevAlign recorded it") Instant recordedAt) {

    static ActivityResponse from(Activity activity) {
        return new ActivityResponse(
                activity.id,
                activity.leadId,
                activity.type,
                activity.occurredAt,
                activity.externalEventId,
                activity.recordedAt);
    }
}
