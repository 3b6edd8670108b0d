package io.revalign.lead.domain.webhooks;

import java.util.List;

/** The events lead-service announces to webhook subscribers. */
public final class LeadEvents {

    public static final String LEAD_CREATED = "lead.created";

    /**
     * The active definition qualified a lead: its score reached the MQL threshold with every gate passed,
     * and scoring moved it to MQL (once per qualification; a re-score of an MQL announces nothing).
     */
    public static final String LEAD_QUALIFIED = "lead.qualified";

    /** A lead moved from one life-cycle stage to another (by scoring, a hand-off answer or a person). */
    public static final String LEAD_STAGE_CHANGED = "lead.stage_changed";

    /** Sales accepted a hand-off, or pulled a lead the definition did not qualify. */
    public static final String HANDOFF_ACCEPTED = "handoff.accepted";

    /** Sales rejected a hand-off with a reason, or recycled it to marketing (data.state says which). */
    public static final String HANDOFF_REJECTED = "handoff.rejected";

    /** A qualification definition version became the ACTIVE one (the one before it SUPERSEDED). */
    public static final String DEFINITION_ACTIVATED = "definition.activated";

    /** Every type a subscription may ask for. */
    public static final List<String> ALL = List.of(
            LEAD_CREATED, LEAD_QUALIFIED, LEAD_STAGE_CHANGED, HANDOFF_ACCEPTED, HANDOFF_REJECTED, DEFINITION_ACTIVATED);

    private LeadEvents() {}
}
