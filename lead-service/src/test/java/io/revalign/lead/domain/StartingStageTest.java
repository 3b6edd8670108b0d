package io.revalign.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StartingStageTest {

    @Test
    void aLeadWithoutAStageStartsAsLead() {
        assertEquals(LifecycleStage.LEAD, StartingStage.of(null));
    }

    @ParameterizedTest
    @EnumSource(LifecycleStage.class)
    void aRequestedStageIsKept(LifecycleStage requested) {
        assertEquals(requested, StartingStage.of(requested));
    }

    @Test
    void onlySubscriberAndLeadAreStartingStages() {
        EnumSet<LifecycleStage> allowed = EnumSet.noneOf(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            if (StartingStage.allows(stage)) {
                allowed.add(stage);
            }
        }
        assertEquals(EnumSet.of(LifecycleStage.SUBSCRIBER, LifecycleStage.LEAD), allowed);
    }

    @ParameterizedTest
    @EnumSource(
            value = LifecycleStage.class,
            names = {"SUBSCRIBER", "LEAD"},
            mode = EnumSource.Mode.EXCLUDE)
    void laterStagesAreEarned(LifecycleStage stage) {
        assertFalse(StartingStage.allows(stage), stage + " is reached through qualification");
    }

    @Test
    void theDefaultIsAllowed() {
        assertTrue(StartingStage.allows(StartingStage.of(null)));
    }
}
