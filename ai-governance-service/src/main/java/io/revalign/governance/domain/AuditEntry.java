package io.revalign.governance.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit trail: who (actor and the roles they held) did what (action) to which
 * record (entity type and id), when, the record before and after as JSON text (null when it did
 * not exist / no longer exists), the hash of the previous entry and its own hash.
 */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String roles,
        String action,
        String entityType,
        UUID entityId,
        String before,
        String after,
        String prevHash,
        String hash) {}
