package io.revalign.lead.domain.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.Segment;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandoffTest {

    static final Instant OPENED = Instant.parse("2026-12-01T10:00:00Z");

    static Handoff open() {
        return Handoff.open(
                UUID.randomUUID(), UUID.randomUUID(), Segment.ENTERPRISE, MarketingVerdict.MQL, 3, OPENED, 4);
    }

    static RejectionReason reason(boolean active) {
        RejectionReason reason = new RejectionReason();
        reason.code = "NO_BUDGET";
        reason.targetStage = LifecycleStage.RECYCLED;
        reason.active = active;
        return reason;
    }

    @Test
    void isDueAfterTheSegmentsFirstTouchHours() {
        Handoff handoff = open();
        assertEquals(OPENED.plus(Duration.ofHours(4)), handoff.dueAt);
        assertEquals(HandoffState.OPEN, handoff.state);
        assertNull(handoff.salesAccepted());
    }

    @Test
    void untouchedPastTheDeadlineIsBreachedAndATimelyTouchIsNot() {
        Handoff late = open();
        assertFalse(late.breached(OPENED.plus(Duration.ofHours(4))));
        assertTrue(late.breached(OPENED.plus(Duration.ofHours(4)).plusSeconds(1)));

        Handoff touched = open();
        touched.touch(OPENED.plus(Duration.ofHours(1)));
        touched.touch(OPENED.plus(Duration.ofHours(9)));
        assertEquals(OPENED.plus(Duration.ofHours(1)), touched.firstTouchAt);
        assertFalse(touched.breached(OPENED.plus(Duration.ofDays(3))));
    }

    @Test
    void anAnswerAfterTheDeadlineStaysBreached() {
        Handoff handoff = open();
        handoff.accept("sam", null, OPENED.plus(Duration.ofHours(5)));
        assertTrue(handoff.breached(OPENED.plus(Duration.ofDays(30))));
        assertEquals(Boolean.TRUE, handoff.salesAccepted());
    }

    @Test
    void isAnsweredOnce() {
        Handoff handoff = open();
        handoff.reject(reason(true), "sam", "no budget this year", OPENED.plusSeconds(60));
        assertEquals(HandoffState.REJECTED, handoff.state);
        assertEquals("NO_BUDGET", handoff.reasonCode);
        assertEquals(Boolean.FALSE, handoff.salesAccepted());
        HandoffRefused refused =
                assertThrows(HandoffRefused.class, () -> handoff.accept("kim", null, OPENED.plusSeconds(61)));
        assertTrue(refused.getMessage().contains("already answered: REJECTED by sam"));
        assertEquals("sam", handoff.actor);
    }

    @Test
    void aRecycleNeedsACommentAndARetiredReasonRefuses() {
        assertThrows(HandoffRefused.class, () -> open().recycle("sam", " ", OPENED));
        assertThrows(HandoffRefused.class, () -> open().reject(reason(false), "sam", null, OPENED));
        Handoff handoff = open();
        handoff.recycle("sam", "nurture until April", OPENED);
        assertEquals(HandoffState.RECYCLED, handoff.state);
        assertEquals(Boolean.FALSE, handoff.salesAccepted());
    }

    @Test
    void aPullIsAcceptedAsItOpens() {
        Handoff handoff = Handoff.open(
                UUID.randomUUID(), UUID.randomUUID(), Segment.SMB, MarketingVerdict.BELOW_THRESHOLD, 3, OPENED, 24);
        handoff.pull("sam", "met their CFO", OPENED);
        assertTrue(handoff.pulled);
        assertEquals(HandoffState.ACCEPTED, handoff.state);
        assertEquals(OPENED, handoff.firstTouchAt);
        assertFalse(handoff.breached(OPENED.plus(Duration.ofDays(9))));
    }
}
