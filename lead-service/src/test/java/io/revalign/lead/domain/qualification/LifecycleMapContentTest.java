package io.revalign.lead.domain.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.lead.domain.LifecycleStage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleMapContentTest {

    @Test
    void theStandardMapIsValidAndLetsLeadsBecomeMql() {
        LifecycleMapContent map = LifecycleMapContent.standard();

        assertEquals(List.of(), map.validate());
        assertEquals(9, map.stages().size());
        assertTrue(map.allows(LifecycleStage.LEAD, LifecycleStage.MQL));
        assertTrue(map.allows(LifecycleStage.RECYCLED, LifecycleStage.MQL));
        assertFalse(map.allows(LifecycleStage.CUSTOMER, LifecycleStage.MQL));
        assertEquals(
                List.of(LifecycleStage.SUBSCRIBER, LifecycleStage.LEAD, LifecycleStage.RECYCLED),
                map.allowedInto(LifecycleStage.MQL));
        assertEquals(
                List.of(LifecycleStage.SAL, LifecycleStage.RECYCLED, LifecycleStage.DISQUALIFIED),
                map.allowedFrom(LifecycleStage.MQL));
    }

    @Test
    void aMoveTheMapDoesNotAllowIsRefusedNamingTheAllowedOnes() {
        LifecycleMapContent map = LifecycleMapContent.standard();
        LeadProfile lead = new LeadProfile(Map.of(), Map.of());

        map.check(LifecycleStage.SAL, LifecycleStage.SQL, lead);
        TransitionRefused refused = org.junit.jupiter.api.Assertions.assertThrows(
                TransitionRefused.class, () -> map.check(LifecycleStage.LEAD, LifecycleStage.CUSTOMER, lead));
        assertEquals(List.of(LifecycleStage.MQL, LifecycleStage.DISQUALIFIED), refused.allowed());
        assertEquals(
                "the life-cycle map does not allow LEAD → CUSTOMER; from LEAD a lead may move to [MQL, DISQUALIFIED]",
                refused.getMessage());
        TransitionRefused fromTheEnd = org.junit.jupiter.api.Assertions.assertThrows(
                TransitionRefused.class, () -> map.check(LifecycleStage.CUSTOMER, LifecycleStage.LEAD, lead));
        assertTrue(fromTheEnd.getMessage().endsWith("may move to no other stage"));
    }

    @Test
    void aMoveIntoAStageWhoseEntryCriteriaTheLeadMissesIsRefused() {
        LifecycleMapContent map = new LifecycleMapContent(
                List.of(
                        new LifecycleMapContent.StageRule(LifecycleStage.LEAD, "lead", null),
                        new LifecycleMapContent.StageRule(
                                LifecycleStage.MQL, "mql", List.of(Condition.exists("attributes.consent")))),
                List.of(new LifecycleMapContent.Transition(LifecycleStage.LEAD, LifecycleStage.MQL)));

        TransitionRefused refused = org.junit.jupiter.api.Assertions.assertThrows(
                TransitionRefused.class,
                () -> map.check(LifecycleStage.LEAD, LifecycleStage.MQL, new LeadProfile(Map.of(), Map.of())));
        assertTrue(refused.getMessage().startsWith("the lead does not meet the entry criteria of MQL"));
        map.check(LifecycleStage.LEAD, LifecycleStage.MQL, new LeadProfile(Map.of(), Map.of("consent", "yes")));
    }

    @Test
    void entryCriteriaAreConditionsOnTheLead() {
        LifecycleMapContent map = new LifecycleMapContent(
                List.of(
                        new LifecycleMapContent.StageRule(LifecycleStage.LEAD, "lead", null),
                        new LifecycleMapContent.StageRule(
                                LifecycleStage.MQL, "mql", List.of(Condition.exists("attributes.consent")))),
                List.of(new LifecycleMapContent.Transition(LifecycleStage.LEAD, LifecycleStage.MQL)));

        assertEquals(List.of(), map.validate());
        assertEquals(
                1,
                map.unmetEntryCriteria(LifecycleStage.MQL, new LeadProfile(Map.of(), Map.of()))
                        .size());
        assertEquals(
                List.of(),
                map.unmetEntryCriteria(LifecycleStage.MQL, new LeadProfile(Map.of(), Map.of("consent", "2026-01-01"))));
    }

    @Test
    void aBrokenMapNamesEachField() {
        LifecycleMapContent map = new LifecycleMapContent(
                List.of(
                        new LifecycleMapContent.StageRule(LifecycleStage.LEAD, "lead", null),
                        new LifecycleMapContent.StageRule(
                                LifecycleStage.LEAD, "again", List.of(Condition.exists("x")))),
                List.of(
                        new LifecycleMapContent.Transition(LifecycleStage.LEAD, LifecycleStage.LEAD),
                        new LifecycleMapContent.Transition(LifecycleStage.LEAD, LifecycleStage.SAL)));

        assertEquals(
                List.of(
                        "stages[1].stage",
                        "stages[1].entryCriteria[0].attribute",
                        "stages",
                        "transitions[0]",
                        "transitions[1].to",
                        "transitions"),
                map.validate().stream().map(FieldError::field).toList());
    }
}
