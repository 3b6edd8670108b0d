package io.revalign.governance.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A change as its transaction records it, before it is sealed into the chain: who (actor and roles)
 * did what to which record, when, and the record before and after as JSON text. {@code id} is the
 * order in which records are sealed (0 until stored).
 */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        String roles,
        String action,
        String entityType,
        UUID entityId,
        String before,
        String after) {}
