package io.revalign.lead.domain.handoff;

import java.util.UUID;

/** Which hand-offs a list shows; null members do not filter. Its text names the list in page cursors. */
public record HandoffFilter(HandoffState state, Boolean breached, UUID leadId) {}
