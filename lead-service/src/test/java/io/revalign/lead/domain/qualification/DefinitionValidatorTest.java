package io.revalign.lead.domain.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionValidatorTest {

    static List<String> fields(QualificationRules rules) {
        return DefinitionValidator.validate(rules).stream()
                .map(FieldError::field)
                .toList();
    }

    @Test
    void theSampleIsValid() {
        assertEquals(List.of(), DefinitionValidator.validate(Rules.sample()));
    }

    @Test
    void aDefinitionWithoutRulesIsRefused() {
        assertEquals(List.of("fitRules"), fields(new QualificationRules(List.of(), List.of(), List.of(), 50)));
    }

    @Test
    void theThresholdMustLieWithinTheScoreRange() {
        QualificationRules sample = Rules.sample();
        for (int threshold : new int[] {0, -5, 101}) {
            assertEquals(
                    List.of("mqlThreshold"),
                    fields(new QualificationRules(
                            sample.fitRules(), sample.engagementRules(), sample.gates(), threshold)));
        }
    }

    @Test
    void unknownAttributesActivityTypesAndEnumValuesAreNamed() {
        QualificationRules rules = new QualificationRules(
                List.of(
                        new FitRule("shoe size", Condition.equalTo("shoeSize", "44"), 5),
                        new FitRule("bad budget", Condition.equalTo("budget", "HUGE"), 5),
                        new FitRule("free key", Condition.exists("attributes.plan"), 5)),
                List.of(new EngagementRule("tweets", "TWEET", 5, 30, 7d, null)),
                List.of(new Gate("gate", Condition.in("timeline", "SOON"))),
                50);

        assertEquals(
                List.of(
                        "fitRules[0].condition.attribute",
                        "fitRules[1].condition.values[0]",
                        "engagementRules[0].activityType",
                        "gates[0].condition.values[0]"),
                fields(rules));
    }

    @Test
    void halfLifeMustBePositiveAndWindowsAndPointsSane() {
        QualificationRules rules = new QualificationRules(
                List.of(new FitRule("zero", Condition.exists("title"), 0)),
                List.of(
                        new EngagementRule("negative", "PAGE_VIEW", 5, 30, -1d, null),
                        new EngagementRule("zero", "EMAIL_OPEN", 0, 0, 0d, 0)),
                List.of(),
                50);

        assertEquals(
                List.of(
                        "fitRules[0].points",
                        "engagementRules[0].halfLifeDays",
                        "engagementRules[1].name",
                        "engagementRules[1].points",
                        "engagementRules[1].windowDays",
                        "engagementRules[1].halfLifeDays",
                        "engagementRules[1].maxPoints"),
                fields(rules));
    }

    @Test
    void operatorsTakeTheValuesTheyNeed() {
        QualificationRules rules = new QualificationRules(
                List.of(
                        new FitRule("a", new Condition("industry", Operator.EQUALS, List.of("a", "b"), null, null), 5),
                        new FitRule("b", new Condition("industry", Operator.IN, List.of(), null, null), 5),
                        new FitRule("c", Condition.range("companySize", BigDecimal.TEN, BigDecimal.ONE), 5),
                        new FitRule("d", Condition.range("industry", BigDecimal.ONE, null), 5),
                        new FitRule("e", new Condition("title", Operator.EXISTS, List.of("x"), null, null), 5),
                        new FitRule("f", new Condition("title", null, List.of(), null, null), 5),
                        new FitRule("g", Condition.range("attributes.seats", null, null), 5)),
                List.of(),
                List.of(),
                50);

        assertEquals(
                List.of(
                        "fitRules[0].condition.values",
                        "fitRules[1].condition.values",
                        "fitRules[2].condition.min",
                        "fitRules[3].condition.attribute",
                        "fitRules[4].condition.values",
                        "fitRules[5].condition.operator",
                        "fitRules[6].condition.min"),
                fields(rules));
        assertTrue(DefinitionValidator.validate(rules).get(0).message().contains("exactly one"));
    }

    @Test
    void namesAttributesValuesAndValueListsAreBounded() {
        String[] many = new String[DefinitionValidator.MAX_VALUES + 1];
        java.util.Arrays.fill(many, "x");
        String longText = "x".repeat(100_000);
        QualificationRules rules = new QualificationRules(
                List.of(
                        new FitRule(longText, Condition.exists("title"), 5),
                        new FitRule("long attribute", Condition.exists("attributes." + longText), 5),
                        new FitRule("many values", Condition.in("attributes.plan", many), 5),
                        new FitRule("long value", Condition.in("industry", "Software", longText), 5)),
                List.of(new EngagementRule("long type", longText, 5, 30, null, null)),
                List.of(),
                50);

        List<FieldError> errors = DefinitionValidator.validate(rules);
        assertEquals(
                List.of(
                        "fitRules[0].name",
                        "fitRules[1].condition.attribute",
                        "fitRules[2].condition.values",
                        "fitRules[3].condition.values[1]",
                        "engagementRules[0].activityType"),
                errors.stream().map(FieldError::field).toList());
        assertTrue(errors.stream().allMatch(e -> e.message().length() < 500), "no message echoes the long text");
    }
}
