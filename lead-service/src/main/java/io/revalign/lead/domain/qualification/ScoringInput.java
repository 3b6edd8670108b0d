package io.revalign.lead.domain.qualification;

import io.revalign.lead.domain.LifecycleStage;
import java.util.List;
import java.util.UUID;

/**
 * What scoring needs of one lead, as read in a batch: its stage, its attributes, one activity
 * tally per engagement rule asked for (in order), and its outcome when known (backtests).
 */
public record ScoringInput(
        UUID leadId, LifecycleStage stage, LeadProfile profile, List<EngagementTally> tallies, LeadOutcome outcome) {

    /** The tallies from {@code from} (inclusive) to {@code to} (exclusive), for one definition's rules. */
    public List<EngagementTally> tallies(int from, int to) {
        return tallies.subList(from, to);
    }
}
