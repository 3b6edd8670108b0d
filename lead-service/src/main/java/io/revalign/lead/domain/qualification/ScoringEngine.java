package io.revalign.lead.domain.qualification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Scores a lead under a definition: fit points from attribute rules, engagement points from
 * decayed activity counts (each rule capped at its maximum), total clamped to [0, 100], and
 * the MQL verdict only when every gate passes and the total reaches the threshold.
 */
public final class ScoringEngine {

    private ScoringEngine() {}

    /** Scores a lead from its raw activities, seen at {@code asOf}. */
    public static Explanation score(
            int definitionVersion,
            QualificationRules rules,
            LeadProfile lead,
            Collection<EngagementEvent> events,
            Instant asOf) {
        List<EngagementTally> tallies = rules.engagementRules().stream()
                .map(rule -> tally(rule, events, asOf))
                .toList();
        return score(definitionVersion, rules, lead, tallies);
    }

    /** The activities of one engagement rule's type within its window, and their decay weight. */
    public static EngagementTally tally(EngagementRule rule, Collection<EngagementEvent> events, Instant asOf) {
        long count = 0;
        double weight = 0;
        for (EngagementEvent event : events) {
            if (!event.type().name().equals(rule.activityType())) {
                continue;
            }
            double age = Decay.ageDays(event.occurredAt(), asOf);
            if (age > rule.windowDays()) {
                continue;
            }
            count++;
            weight += Decay.weight(age, rule.halfLifeDays());
        }
        return new EngagementTally(count, weight);
    }

    /**
     * Scores a lead from tallies already computed, one per engagement rule in order (e.g. by an
     * SQL aggregate over a batch of leads).
     */
    public static Explanation score(
            int definitionVersion, QualificationRules rules, LeadProfile lead, List<EngagementTally> tallies) {
        if (tallies.size() != rules.engagementRules().size()) {
            throw new IllegalArgumentException("one tally per engagement rule is needed");
        }
        List<Explanation.RuleHit> hits = new ArrayList<>();
        double fit = 0;
        for (FitRule rule : rules.fitRules()) {
            if (rule.condition().holds(lead)) {
                fit += rule.points();
                hits.add(new Explanation.RuleHit(
                        Explanation.RuleKind.FIT, rule.name(), rule.condition().describe(), rule.points()));
            }
        }
        double engagement = 0;
        for (int i = 0; i < tallies.size(); i++) {
            EngagementRule rule = rules.engagementRules().get(i);
            EngagementTally tally = tallies.get(i);
            if (tally.count() == 0) {
                continue;
            }
            double points = rule.points() * Math.max(0d, tally.weight());
            if (rule.maxPoints() != null) {
                points = Math.min(points, rule.maxPoints());
            }
            points = round(points);
            engagement += points;
            hits.add(new Explanation.RuleHit(
                    Explanation.RuleKind.ENGAGEMENT,
                    rule.name(),
                    tally.count() + " × " + rule.activityType() + " in " + rule.windowDays() + " days"
                            + (rule.halfLifeDays() == null ? "" : ", half-life " + rule.halfLifeDays() + " days"),
                    points));
        }
        List<Explanation.GateCheck> gates = new ArrayList<>();
        boolean allPassed = true;
        for (Gate gate : rules.gates()) {
            boolean passed = gate.condition().holds(lead);
            allPassed &= passed;
            gates.add(new Explanation.GateCheck(gate.name(), gate.condition().describe(), passed));
        }
        double score = clamp(round(fit + engagement));
        Verdict verdict =
                !allPassed ? Verdict.GATED : score >= rules.mqlThreshold() ? Verdict.MQL : Verdict.BELOW_THRESHOLD;
        return new Explanation(
                definitionVersion,
                round(fit),
                round(engagement),
                score,
                rules.mqlThreshold(),
                verdict,
                List.copyOf(hits),
                List.copyOf(gates));
    }

    private static double clamp(double score) {
        return Math.max(0d, Math.min(QualificationRules.MAX_SCORE, score));
    }

    private static double round(double value) {
        return Math.round(value * 100d) / 100d;
    }
}
