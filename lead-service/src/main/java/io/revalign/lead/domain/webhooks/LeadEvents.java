package io.revalign.lead.domain.webhooks;

import java.util.List;

/** The events lead-service announces to webhook subscribers. */
public final class LeadEvents {

    public static final String LEAD_CREATED = "lead.created";

    /** Every type a subscription may ask for. */
    public static final List<String> ALL = List.of(LEAD_CREATED);

    private LeadEvents() {}
}
