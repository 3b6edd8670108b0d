package io.revalign.lead.domain;

import java.time.Instant;

/**
 * Which leads a list shows; a null field does not filter. {@code updatedSince} keeps leads changed
 * at or after that time; {@code prefix} matches the start of the email or the company name.
 */
public record LeadFilter(
        LeadSource source,
        String externalId,
        String email,
        LifecycleStage stage,
        Instant updatedSince,
        String prefix) {}
