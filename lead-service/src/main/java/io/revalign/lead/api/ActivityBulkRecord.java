package io.revalign.lead.api;

import io.revalign.lead.domain.ActivityType;
import io.revalign.lead.domain.LeadSource;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record of a bulk activity import: the activity and its lead, by id or by CRM identity. */
@Schema(name = "ActivityBulkRecord")
public record ActivityBulkRecord(
        @Schema(description = "The lead's RevAlign id; or give source and externalId") UUID leadId,
        @Schema(description = "The lead's source, with externalId") LeadSource source,
        @Size(min = 1, max = 255) @Schema(description = "The lead's id in its source") String externalId,
        @NotNull ActivityType type,
        @NotNull @Schema(description = "When it happened (RFC 3339)", examples = "2026-11-20T09:30:00Z")
                Instant occurredAt,
        @Size(min = 1, max = 255) @Schema(description = "The source's id for the event; sent twice, it counts once")
                String externalEventId) {

    ActivityRequest activity() {
        return new ActivityRequest(type, occurredAt, externalEventId);
    }
}
