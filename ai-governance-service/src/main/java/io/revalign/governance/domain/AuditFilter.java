package io.revalign.governance.domain;

import java.util.UUID;

/** Which audit entries a list shows; a null field does not filter. */
public record AuditFilter(String entityType, UUID entityId, String actor, String action) {}
