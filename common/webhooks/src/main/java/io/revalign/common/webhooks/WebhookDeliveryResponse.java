package io.revalign.common.webhooks;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event's delivery to a subscription: where it stands and how its last attempt went. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryResponse(
        UUID id,
        @Schema(description = "The event, also sent as webhook-id (the same on every retry)") UUID eventId,
        String eventType,
        @Schema(description = "PENDING, DELIVERED or DEAD (given up after a day)") String status,
        int attempts,
        @Schema(description = "When a PENDING delivery is tried next") Instant nextAttemptAt,
        @Schema(nullable = true, description = "HTTP status of the last attempt") Integer lastStatus,
        @Schema(nullable = true) String lastError,
        @Schema(nullable = true) Integer lastLatencyMs,
        @Schema(nullable = true) Instant deliveredAt) {

    public static WebhookDeliveryResponse from(Delivery delivery) {
        return new WebhookDeliveryResponse(
                delivery.id(),
                delivery.eventId(),
                delivery.eventType(),
                delivery.status(),
                delivery.attempts(),
                delivery.nextAttemptAt(),
                delivery.lastStatus(),
                delivery.lastError(),
                delivery.lastLatencyMs(),
                delivery.deliveredAt());
    }
}
