package io.revalign.governance.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Derives a tool's risk tier from the intake questions answered "yes": the highest tier any of
 * them implies, MINIMAL when none; the reasons are those of the answers at that tier.
 */
public final class RiskTierRules {

    private RiskTierRules() {}

    /** The assessment for the set of questions answered "yes" (never null; may be empty). */
    public static RiskAssessment classify(Set<IntakeQuestion> yes) {
        RiskTier tier = yes.stream()
                .map(IntakeQuestion::tier)
                .max(Comparator.naturalOrder())
                .orElse(RiskTier.MINIMAL);
        List<String> reasons = yes.stream()
                .filter(question -> question.tier() == tier)
                .sorted()
                .map(question -> "The tool " + question.reason())
                .toList();
        return new RiskAssessment(tier, reasons);
    }

    /** A tier and the reasons for it. */
    public record RiskAssessment(RiskTier tier, List<String> reasons) {}
}
