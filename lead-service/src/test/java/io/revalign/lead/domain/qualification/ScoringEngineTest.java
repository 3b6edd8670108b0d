package io.revalign.lead.domain.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.lead.domain.ActivityType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    static EngagementEvent event(ActivityType type, int daysAgo) {
        return new EngagementEvent(type, NOW.minus(Duration.ofDays(daysAgo)));
    }

    @Test
    void explainsEveryRuleThatFiredWithItsPointsAndTheVerdict() {
        LeadProfile lead = Rules.lead("software", 200, "CONFIRMED", Map.of("tier", "Enterprise"));
        List<EngagementEvent> events = List.of(
                event(ActivityType.DEMO_REQUEST, 0), // 30 × 1
                event(ActivityType.PRICING_VIEW, 7), // 5 × 0.5
                event(ActivityType.PAGE_VIEW, 3),
                event(ActivityType.PAGE_VIEW, 40), // outside the 30-day window
                event(ActivityType.EMAIL_OPEN, 1)); // no rule

        Explanation explanation = ScoringEngine.score(3, Rules.sample(), lead, events, NOW);

        assertEquals(3, explanation.definitionVersion());
        assertEquals(50d, explanation.fitPoints()); // 20 + 15 + 5 + 10
        assertEquals(33.5d, explanation.engagementPoints()); // 30 + 2.5 + 1
        assertEquals(83.5d, explanation.score());
        assertEquals(60, explanation.threshold());
        assertEquals(Verdict.MQL, explanation.verdict());
        assertEquals(
                List.of(
                        "software",
                        "mid-size",
                        "has title",
                        "enterprise tier",
                        "demo requested",
                        "pricing views",
                        "page views"),
                explanation.rules().stream().map(Explanation.RuleHit::rule).toList());
        assertEquals(
                List.of(20d, 15d, 5d, 10d, 30d, 2.5d, 1d),
                explanation.rules().stream().map(Explanation.RuleHit::points).toList());
        assertEquals(Explanation.RuleKind.ENGAGEMENT, explanation.rules().get(5).kind());
        assertEquals(
                "1 × PRICING_VIEW in 30 days, half-life 7.0 days",
                explanation.rules().get(5).detail());
        assertEquals(1, explanation.gates().size());
        assertTrue(explanation.gates().get(0).passed());
        assertEquals(
                "budget in [CONFIRMED, PLANNED]", explanation.gates().get(0).detail());
    }

    @Test
    void aFailedGateKeepsAHighScorerOutOfMql() {
        LeadProfile lead = Rules.lead("Software", 200, "NONE", Map.of("tier", "strategic"));
        List<EngagementEvent> events = List.of(event(ActivityType.DEMO_REQUEST, 0));

        Explanation explanation = ScoringEngine.score(1, Rules.sample(), lead, events, NOW);

        assertEquals(80d, explanation.score());
        assertEquals(Verdict.GATED, explanation.verdict());
        assertFalse(explanation.gates().get(0).passed());
        assertFalse(explanation.qualified());
    }

    @Test
    void belowTheThresholdIsNotMqlAndNegativePointsNeverTakeTheScoreBelowZero() {
        LeadProfile lead = new LeadProfile(Map.of("budget", "PLANNED"), Map.of("competitor", true));

        Explanation explanation = ScoringEngine.score(1, Rules.sample(), lead, List.of(), NOW);

        assertEquals(-30d, explanation.fitPoints());
        assertEquals(0d, explanation.score());
        assertEquals(Verdict.BELOW_THRESHOLD, explanation.verdict());
    }

    @Test
    void engagementIsCappedPerRuleAndTheTotalAtOneHundred() {
        LeadProfile lead = Rules.lead("Software", 200, "CONFIRMED", Map.of("tier", "enterprise"));
        List<EngagementEvent> events = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> event(ActivityType.PAGE_VIEW, 0))
                .toList();

        Explanation explanation = ScoringEngine.score(1, Rules.sample(), lead, events, NOW);

        assertEquals(10d, explanation.engagementPoints(), "page views capped at 10");
        assertEquals(60d, explanation.score());

        QualificationRules generous = new QualificationRules(
                List.of(new FitRule("software", Condition.equalTo("industry", "software"), 80)),
                List.of(new EngagementRule("views", "PAGE_VIEW", 50, 30, null, null)),
                List.of(),
                50);
        Explanation capped = ScoringEngine.score(1, generous, lead, events, NOW);
        assertEquals(2500d, capped.engagementPoints(), "no per-rule cap: 50 views × 50");
        assertEquals(100d, capped.score(), "the total never exceeds 100");
    }

    @Test
    void talliesFromSqlScoreLikeRawEvents() {
        LeadProfile lead = Rules.lead("Software", 10, "CONFIRMED", Map.of());
        List<EngagementEvent> events =
                List.of(event(ActivityType.DEMO_REQUEST, 30), event(ActivityType.PRICING_VIEW, 14));
        QualificationRules rules = Rules.sample();
        List<EngagementTally> tallies = rules.engagementRules().stream()
                .map(r -> ScoringEngine.tally(r, events, NOW))
                .toList();

        assertEquals(new EngagementTally(1, 0.5d), tallies.get(0));
        assertEquals(new EngagementTally(1, 0.25d), tallies.get(1));
        assertEquals(EngagementTally.NONE, tallies.get(2));
        assertEquals(ScoringEngine.score(1, rules, lead, events, NOW), ScoringEngine.score(1, rules, lead, tallies));
        assertThrows(IllegalArgumentException.class, () -> ScoringEngine.score(1, rules, lead, List.of()));
    }

    @Test
    void conditionsCompareTextWithoutCaseAndNumbersByValue() {
        LeadProfile lead = new LeadProfile(
                Map.of("industry", "SaaS", "companySize", 50),
                Map.of("seats", "120", "score", 4.50, "tags", List.of()));

        assertTrue(Condition.equalTo("industry", "saas").holds(lead));
        assertTrue(Condition.range("companySize", java.math.BigDecimal.valueOf(50), null)
                .holds(lead));
        assertFalse(Condition.range("companySize", null, java.math.BigDecimal.valueOf(49))
                .holds(lead));
        assertTrue(Condition.range("attributes.seats", java.math.BigDecimal.valueOf(100), null)
                .holds(lead));
        assertTrue(Condition.equalTo("attributes.score", "4.5").holds(lead));
        assertFalse(Condition.exists("attributes.tags").holds(lead), "an empty list is no value");
        assertFalse(Condition.exists("attributes.missing").holds(lead));
        assertFalse(Condition.range("industry", java.math.BigDecimal.ONE, null).holds(lead));
    }

    @Test
    void decayHalvesEveryHalfLife() {
        assertEquals(1d, Decay.weight(0, 7d));
        assertEquals(0.5d, Decay.weight(7, 7d), 1e-12);
        assertEquals(0.25d, Decay.weight(14, 7d), 1e-12);
        assertEquals(1d, Decay.weight(100, null));
        assertEquals(1d, Decay.weight(-3, 7d), "activities dated in the future count as new");
    }

    @Test
    void theScorecardHoldsWhatFiredInRuleOrderAndExpandsToTheExplanation() {
        LeadProfile lead = Rules.lead("software", 20, "NONE", Map.of("competitor", "true"));
        List<EngagementTally> tallies =
                List.of(new EngagementTally(2, 1.5), EngagementTally.NONE, new EngagementTally(12, 12));

        Scorecard card = ScoringEngine.scorecard(Rules.sample(), lead, tallies);

        assertEquals(List.of(true, false, true, false, true), booleans(card.fitHits()));
        assertEquals(
                List.of(2, 0, 12),
                java.util.Arrays.stream(card.engagementCounts()).boxed().toList());
        assertEquals(
                List.of(30d, 0d, 10d),
                java.util.Arrays.stream(card.engagementPoints()).boxed().toList());
        assertEquals(List.of(false), booleans(card.gatesPassed()));
        assertEquals(-5d, card.fitTotal()); // 20 + 5 - 30
        assertEquals(40d, card.engagementTotal()); // min(30 × 1.5, 30) + min(12, 10)
        assertEquals(35d, card.score());
        assertEquals(Verdict.GATED, card.verdict());

        Explanation explanation = ScoringEngine.explain(4, Rules.sample(), card);
        assertEquals(ScoringEngine.score(4, Rules.sample(), lead, tallies), explanation);
        assertEquals(
                List.of("software", "has title", "competitor", "demo requested", "page views"),
                explanation.rules().stream().map(Explanation.RuleHit::rule).toList());
        assertEquals(
                "2 × DEMO_REQUEST in 90 days, half-life 30.0 days",
                explanation.rules().get(3).detail());
        assertEquals(60, explanation.threshold());
    }

    @Test
    void aScorecardDoesNotExpandUnderRulesItWasNotMadeUnder() {
        Scorecard card = ScoringEngine.scorecard(
                Rules.sample(),
                Rules.lead("software", 20, "NONE", Map.of()),
                List.of(EngagementTally.NONE, EngagementTally.NONE, EngagementTally.NONE));
        QualificationRules fewer = new QualificationRules(
                Rules.sample().fitRules().subList(0, 2),
                Rules.sample().engagementRules(),
                Rules.sample().gates(),
                60);
        assertThrows(IllegalArgumentException.class, () -> ScoringEngine.explain(1, fewer, card));
    }

    private static List<Boolean> booleans(boolean[] values) {
        java.util.List<Boolean> list = new java.util.ArrayList<>();
        for (boolean value : values) {
            list.add(value);
        }
        return list;
    }
}
