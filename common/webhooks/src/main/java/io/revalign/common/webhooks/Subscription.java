package io.revalign.common.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a subscriber wants events sent, and which ones; the secret is never part of it. */
public record Subscription(
        UUID id,
        String url,
        List<String> eventTypes,
        boolean active,
        String disabledReason,
        Instant createdAt,
        String createdBy) {}
