package io.revalign.lead.domain.qualification;

import io.revalign.lead.domain.ActivityType;
import java.time.Instant;

/** One activity of a lead as scoring sees it. */
public record EngagementEvent(ActivityType type, Instant occurredAt) {}
