package io.revalign.common.webhooks;

import java.time.Instant;
import java.util.UUID;

/** One event's delivery to one subscription: its state and its last attempt. */
public record Delivery(
        UUID id,
        UUID subscriptionId,
        UUID eventId,
        String eventType,
        String status,
        int attempts,
        Instant nextAttemptAt,
        Integer lastStatus,
        String lastError,
        Integer lastLatencyMs,
        Instant deliveredAt) {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String DEAD = "DEAD";
}
