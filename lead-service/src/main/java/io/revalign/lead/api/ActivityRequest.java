package io.revalign.lead.api;

import io.revalign.lead.domain.ActivityType;
import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.service.RecordActivity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An engagement event as a CRM or a marketing tool reports it. */
@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @NotNull ActivityType type,
        @NotNull @Schema(description = "When it happened (RFC 3339)", examples = "2026-11-20T09:30:00Z")
                Instant occurredAt,
        @Size(min = 1, max = 255)
                @Schema(
                        description = "The source's id for the event; sent twice, it counts once",
                        examples = "evt-88123")
                String externalEventId) {

    RecordActivity toCommand(UUID leadId, ExternalReference reference) {
        return new RecordActivity(leadId, reference, type, occurredAt, externalEventId);
    }
}
