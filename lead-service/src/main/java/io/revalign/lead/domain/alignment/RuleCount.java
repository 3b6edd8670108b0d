package io.revalign.lead.domain.alignment;

/**
 * How often one rule of a definition version fired on the hand-offs sales said "no" to (rejected or
 * recycled), beside how often it fired on those sales accepted.
 */
public record RuleCount(
        int definitionVersion,
        String rule,
        String kind,
        long onRejected,
        long rejected,
        long onAccepted,
        long accepted) {

    /** The share of rejected (or recycled) hand-offs on which the rule fired. */
    public double shareOfRejected() {
        return rejected == 0 ? 0 : (double) onRejected / rejected;
    }

    /** The share of accepted hand-offs on which the rule fired; null when none was accepted. */
    public Double shareOfAccepted() {
        return accepted == 0 ? null : (double) onAccepted / accepted;
    }
}
