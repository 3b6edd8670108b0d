package io.revalign.governance.domain;

import java.util.UUID;

/** Which decisions a list shows; a null field does not filter. */
public record DecisionFilter(UUID toolId, DecisionStatus status, DecisionType decisionType) {}
