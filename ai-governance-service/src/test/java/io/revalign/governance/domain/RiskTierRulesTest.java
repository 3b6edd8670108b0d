package io.revalign.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskTierRulesTest {

    @Test
    void noYesIsMinimalWithoutReasons() {
        var assessment = RiskTierRules.classify(Set.of());
        assertEquals(RiskTier.MINIMAL, assessment.tier());
        assertEquals(List.of(), assessment.reasons());
    }

    @Test
    void transparencyDutiesAloneAreLimited() {
        var assessment = RiskTierRules.classify(
                EnumSet.of(IntakeQuestion.INTERACTS_WITH_PEOPLE, IntakeQuestion.GENERATES_CONTENT));
        assertEquals(RiskTier.LIMITED, assessment.tier());
        assertEquals(2, assessment.reasons().size());
    }

    @Test
    void eachAnnexThreeUseIsHigh() {
        for (IntakeQuestion question : List.of(
                IntakeQuestion.EMPLOYMENT_DECISIONS,
                IntakeQuestion.CREDITWORTHINESS,
                IntakeQuestion.BIOMETRIC_IDENTIFICATION)) {
            assertEquals(
                    RiskTier.HIGH,
                    RiskTierRules.classify(EnumSet.of(question, IntakeQuestion.GENERATES_CONTENT))
                            .tier(),
                    question.name());
        }
    }

    @Test
    void aProhibitedPracticeWinsOverEverythingAndOnlyItsReasonsAreGiven() {
        var assessment = RiskTierRules.classify(EnumSet.of(
                IntakeQuestion.EMOTION_RECOGNITION_AT_WORK,
                IntakeQuestion.EMPLOYMENT_DECISIONS,
                IntakeQuestion.INTERACTS_WITH_PEOPLE));
        assertEquals(RiskTier.PROHIBITED, assessment.tier());
        assertEquals(List.of("The tool " + IntakeQuestion.EMOTION_RECOGNITION_AT_WORK.reason()), assessment.reasons());
    }

    @Test
    void theTierIsTheHighestAnySingleAnswerImpliesForEverySetOfAnswers() {
        IntakeQuestion[] all = IntakeQuestion.values();
        for (int mask = 0; mask < (1 << all.length); mask++) {
            Set<IntakeQuestion> yes = EnumSet.noneOf(IntakeQuestion.class);
            RiskTier expected = RiskTier.MINIMAL;
            for (int i = 0; i < all.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    yes.add(all[i]);
                    if (all[i].tier().compareTo(expected) > 0) {
                        expected = all[i].tier();
                    }
                }
            }
            var assessment = RiskTierRules.classify(yes);
            assertEquals(expected, assessment.tier(), yes.toString());
            assertEquals(
                    yes.stream().filter(q -> q.tier() == assessment.tier()).count(),
                    assessment.reasons().size());
        }
    }
}
