package io.revalign.lead.domain.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.lead.domain.ActivityType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ScoringPropertiesTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Property
    void scoresStayWithinZeroAndOneHundred(
            @ForAll("rules") QualificationRules rules,
            @ForAll("leads") LeadProfile lead,
            @ForAll("events") List<EngagementEvent> events) {
        Explanation explanation = ScoringEngine.score(1, rules, lead, events, NOW);

        assertTrue(explanation.score() >= 0 && explanation.score() <= 100, "score " + explanation.score());
        assertTrue(explanation.engagementPoints() >= 0);
        for (int i = 0; i < rules.engagementRules().size(); i++) {
            EngagementRule rule = rules.engagementRules().get(i);
            explanation.rules().stream()
                    .filter(hit -> hit.rule().equals(rule.name()))
                    .forEach(hit -> assertTrue(rule.maxPoints() == null || hit.points() <= rule.maxPoints()));
        }
    }

    @Property
    void aFailingGateKeepsALeadOutOfMqlWhateverItsPoints(
            @ForAll("rules") QualificationRules rules,
            @ForAll("leads") LeadProfile lead,
            @ForAll("events") List<EngagementEvent> events) {
        QualificationRules gated = new QualificationRules(
                rules.fitRules(),
                rules.engagementRules(),
                List.of(new Gate("never", Condition.equalTo("attributes.impossible", "yes"))),
                rules.mqlThreshold());

        Explanation explanation = ScoringEngine.score(1, gated, lead, events, NOW);

        assertNotEquals(Verdict.MQL, explanation.verdict());
        assertEquals(Verdict.GATED, explanation.verdict());
    }

    @Property
    void decayNeverGrowsWithAge(
            @ForAll @DoubleRange(min = 0, max = 5000) double younger,
            @ForAll @DoubleRange(min = 0, max = 5000) double extra,
            @ForAll @DoubleRange(min = 0.01, max = 3650) double halfLife) {
        double newer = Decay.weight(younger, halfLife);
        double older = Decay.weight(younger + extra, halfLife);

        assertTrue(older <= newer, older + " > " + newer);
        assertTrue(newer > 0 || younger > 0, "a new activity has weight");
        assertTrue(newer <= 1);
    }

    @Property
    void anOlderActivityNeverEarnsMorePoints(
            @ForAll @IntRange(min = 0, max = 400) int daysAgo,
            @ForAll @IntRange(min = 1, max = 400) int moreDays,
            @ForAll @DoubleRange(min = 0.5, max = 365) double halfLife) {
        QualificationRules rules = new QualificationRules(
                List.of(),
                List.of(new EngagementRule("demo", "DEMO_REQUEST", 40, 3650, halfLife, null)),
                List.of(),
                50);
        LeadProfile lead = new LeadProfile(Map.of(), Map.of());
        double recent =
                ScoringEngine.score(1, rules, lead, List.of(at(daysAgo)), NOW).engagementPoints();
        double old = ScoringEngine.score(1, rules, lead, List.of(at(daysAgo + moreDays)), NOW)
                .engagementPoints();

        assertTrue(old <= recent, old + " > " + recent);
    }

    private static EngagementEvent at(int daysAgo) {
        return new EngagementEvent(ActivityType.DEMO_REQUEST, NOW.minus(Duration.ofDays(daysAgo)));
    }

    @Provide
    Arbitrary<QualificationRules> rules() {
        Arbitrary<FitRule> fit = Combinators.combine(
                        Arbitraries.of("industry", "budget", "attributes.tier", "companySize"),
                        Arbitraries.of("software", "CONFIRMED", "gold", "100"),
                        Arbitraries.integers().between(-100, 100).filter(p -> p != 0))
                .as((attribute, value, points) ->
                        new FitRule(attribute + value + points, Condition.equalTo(attribute, value), points));
        Arbitrary<EngagementRule> engagement = Combinators.combine(
                        Arbitraries.of(ActivityType.class),
                        Arbitraries.integers().between(1, 100),
                        Arbitraries.integers().between(1, 3650),
                        Arbitraries.doubles().between(0.1, 365).injectNull(0.3),
                        Arbitraries.integers().between(1, 100).injectNull(0.3))
                .as((type, points, window, halfLife, max) ->
                        new EngagementRule(type.name(), type.name(), points, window, halfLife, max));
        return Combinators.combine(
                        fit.list().ofMaxSize(6),
                        engagement.list().ofMaxSize(8).uniqueElements(EngagementRule::name),
                        Arbitraries.integers().between(1, 100))
                .as((fits, engagements, threshold) -> new QualificationRules(fits, engagements, List.of(), threshold));
    }

    @Provide
    Arbitrary<LeadProfile> leads() {
        return Combinators.combine(
                        Arbitraries.of("software", "retail", null),
                        Arbitraries.of("CONFIRMED", "NONE", "PLANNED"),
                        Arbitraries.of("gold", "silver", null),
                        Arbitraries.integers().between(0, 100_000).injectNull(0.2))
                .as((industry, budget, tier, size) -> {
                    Map<String, Object> fields = new HashMap<>();
                    fields.put("industry", industry);
                    fields.put("budget", budget);
                    fields.put("companySize", size);
                    Map<String, Object> attributes = new HashMap<>();
                    attributes.put("tier", tier);
                    return new LeadProfile(fields, attributes);
                });
    }

    @Provide
    Arbitrary<List<EngagementEvent>> events() {
        return Combinators.combine(
                        Arbitraries.of(ActivityType.class), Arbitraries.longs().between(-86_400L * 10, 86_400L * 4000))
                .as((type, secondsAgo) -> new EngagementEvent(type, NOW.minusSeconds(secondsAgo)))
                .list()
                .ofMaxSize(200);
    }
}
