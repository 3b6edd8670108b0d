package io.revalign.lead.domain.report;

import static io.revalign.lead.domain.LifecycleStage.CUSTOMER;
import static io.revalign.lead.domain.LifecycleStage.DISQUALIFIED;
import static io.revalign.lead.domain.LifecycleStage.LEAD;
import static io.revalign.lead.domain.LifecycleStage.MQL;
import static io.revalign.lead.domain.LifecycleStage.OPPORTUNITY;
import static io.revalign.lead.domain.LifecycleStage.RECYCLED;
import static io.revalign.lead.domain.LifecycleStage.SAL;
import static io.revalign.lead.domain.LifecycleStage.SQL;
import static io.revalign.lead.domain.LifecycleStage.SUBSCRIBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.lead.domain.LifecycleStage;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FunnelStagesTest {

    @Test
    void movingFurtherAlongConverts() {
        assertTrue(FunnelStages.converts(LEAD, MQL));
        assertTrue(FunnelStages.converts(SUBSCRIBER, MQL));
        assertTrue(FunnelStages.converts(OPPORTUNITY, CUSTOMER));
        assertTrue(FunnelStages.converts(RECYCLED, MQL));
    }

    @Test
    void goingBackSidewaysOrOutDoesNotConvert() {
        assertFalse(FunnelStages.converts(MQL, RECYCLED));
        assertFalse(FunnelStages.converts(RECYCLED, LEAD));
        assertFalse(FunnelStages.converts(SAL, DISQUALIFIED));
        assertFalse(FunnelStages.converts(DISQUALIFIED, MQL));
        assertFalse(FunnelStages.converts(SQL, SAL));
    }

    @Test
    void conversionsFromAStageAreTheStagesFurtherAlong() {
        assertEquals(List.of(SAL, SQL, OPPORTUNITY, CUSTOMER), FunnelStages.conversionsFrom(MQL));
        assertEquals(List.of(), FunnelStages.conversionsFrom(CUSTOMER));
        assertEquals(List.of(), FunnelStages.conversionsFrom(DISQUALIFIED));
    }

    @Property
    void conversionIsNeverBothWays(@ForAll LifecycleStage a, @ForAll LifecycleStage b) {
        assertFalse(FunnelStages.converts(a, b) && FunnelStages.converts(b, a));
    }

    @Property
    void noStageConvertsIntoItself(@ForAll LifecycleStage stage) {
        assertFalse(FunnelStages.converts(stage, stage));
    }
}
