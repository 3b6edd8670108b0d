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
        return explain(definitionVersion, rules, scorecard(rules, lead, tallies));
    }

    /** Scores a lead into the compact form that is stored; {@link #explain} expands it. */
    public static Scorecard scorecard(QualificationRules rules, LeadProfile lead, List<EngagementTally> tallies) {
        if (tallies.size() != rules.engagementRules().size()) {
            throw new IllegalArgumentException("one tally per engagement rule is needed");
        }
        boolean[] fitHits = new boolean[rules.fitRules().size()];
        double fit = 0;
        for (int i = 0; i < fitHits.length; i++) {
            FitRule rule = rules.fitRules().get(i);
            fitHits[i] = rule.condition().holds(lead);
            if (fitHits[i]) {
                fit += rule.points();
            }
        }
        int[] counts = new int[tallies.size()];
        double[] points = new double[tallies.size()];
        double engagement = 0;
        for (int i = 0; i < counts.length; i++) {
            EngagementRule rule = rules.engagementRules().get(i);
            EngagementTally tally = tallies.get(i);
            if (tally.count() == 0) {
                continue;
            }
            double earned = rule.points() * Math.max(0d, tally.weight());
            if (rule.maxPoints() != null) {
                earned = Math.min(earned, rule.maxPoints());
            }
            counts[i] = Math.toIntExact(tally.count());
            points[i] = round(earned);
            engagement += points[i];
        }
        boolean[] gatesPassed = new boolean[rules.gates().size()];
        boolean allPassed = true;
        for (int i = 0; i < gatesPassed.length; i++) {
            gatesPassed[i] = rules.gates().get(i).condition().holds(lead);
            allPassed &= gatesPassed[i];
        }
        double score = clamp(round(fit + engagement));
        Verdict verdict =
                !allPassed ? Verdict.GATED : score >= rules.mqlThreshold() ? Verdict.MQL : Verdict.BELOW_THRESHOLD;
        return new Scorecard(fitHits, counts, points, gatesPassed, round(fit), round(engagement), score, verdict);
    }

    /** The full explanation of a scorecard made under {@code rules}: each rule that fired and each gate, in rule order. */
    public static Explanation explain(int definitionVersion, QualificationRules rules, Scorecard card) {
        if (!card.fits(rules)) {
            throw new IllegalArgumentException("the scorecard was not made under these rules");
        }
        List<Explanation.RuleHit> hits = new ArrayList<>();
        for (int i = 0; i < card.fitHits().length; i++) {
            FitRule rule = rules.fitRules().get(i);
            if (card.fitHits()[i]) {
                hits.add(new Explanation.RuleHit(
                        Explanation.RuleKind.FIT, rule.name(), rule.condition().describe(), rule.points()));
            }
        }
        for (int i = 0; i < card.engagementCounts().length; i++) {
            EngagementRule rule = rules.engagementRules().get(i);
            int count = card.engagementCounts()[i];
            if (count == 0) {
                continue;
            }
            hits.add(new Explanation.RuleHit(
                    Explanation.RuleKind.ENGAGEMENT,
                    rule.name(),
                    count + " × " + rule.activityType() + " in " + rule.windowDays() + " days"
                            + (rule.halfLifeDays() == null ? "" : ", half-life " + rule.halfLifeDays() + " days"),
                    card.engagementPoints()[i]));
        }
        List<Explanation.GateCheck> gates = new ArrayList<>();
        for (int i = 0; i < card.gatesPassed().length; i++) {
            Gate gate = rules.gates().get(i);
            gates.add(new Explanation.GateCheck(gate.name(), gate.condition().describe(), card.gatesPassed()[i]));
        }
        return new Explanation(
                definitionVersion,
                card.fitTotal(),
                card.engagementTotal(),
                card.score(),
                rules.mqlThreshold(),
                card.verdict(),
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
