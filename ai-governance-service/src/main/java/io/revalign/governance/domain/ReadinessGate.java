package io.revalign.governance.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The readiness threshold a decision-rights policy cell may set for pilots and rollouts, pure: the
 * Accountable role may approve only when the share of affected sellers at the required level on
 * every skill of the tool reaches the threshold. A figure that cannot be had refuses too, since
 * the policy asks for a measured readiness; so does a group with no seller to measure.
 */
public final class ReadinessGate {

    private ReadinessGate() {}

    /** Whether a policy cell of {@code type} may carry a readiness threshold. */
    public static boolean appliesTo(DecisionType type) {
        return type == DecisionType.APPROVE_PILOT || type == DecisionType.APPROVE_ROLLOUT;
    }

    /** A 409 when the measured readiness does not reach {@code threshold} (null: no threshold). */
    public static Optional<Refusal> mayApprove(Double threshold, RolloutReadiness measured) {
        if (threshold == null || measured.skillKeys().isEmpty()) {
            return Optional.empty();
        }
        String required = "The policy requires a readiness of at least " + percent(threshold) + " before approval";
        if (!measured.available()) {
            return Optional.of(Refusal.conflict(required + ", and the readiness cannot be measured now: "
                    + measured.unavailableReason() + ". Try again later, or decide REJECTED"));
        }
        if (measured.share() == null) {
            return Optional.of(Refusal.conflict(required + ", and no active seller of "
                    + (measured.roles().isEmpty() ? "any role" : String.join(", ", measured.roles()))
                    + " can be measured"));
        }
        if (measured.share() < threshold) {
            return Optional.of(Refusal.conflict(required + "; measured readiness is " + percent(measured.share())
                    + " (" + measured.ready() + " of " + measured.sellers() + " sellers at level " + measured.level()
                    + " on " + String.join(", ", measured.skillKeys()) + ")"));
        }
        return Optional.empty();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
