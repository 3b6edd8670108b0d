package io.revalign.lead.service;

import io.revalign.lead.domain.ActivityType;
import io.revalign.lead.domain.ExternalReference;
import java.time.Instant;
import java.util.UUID;

/** Record an activity on the lead named by {@code leadId} or, when that is null, by {@code reference}. */
public record RecordActivity(
        UUID leadId, ExternalReference reference, ActivityType type, Instant occurredAt, String externalEventId) {}
