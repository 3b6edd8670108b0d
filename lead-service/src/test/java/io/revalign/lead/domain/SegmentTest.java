package io.revalign.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SegmentTest {

    @Test
    void bandsCompanySizeAtOneHundredAndOneThousand() {
        assertEquals(Segment.UNKNOWN, Segment.of(null));
        assertEquals(Segment.SMB, Segment.of(0));
        assertEquals(Segment.SMB, Segment.of(99));
        assertEquals(Segment.MID_MARKET, Segment.of(100));
        assertEquals(Segment.MID_MARKET, Segment.of(999));
        assertEquals(Segment.ENTERPRISE, Segment.of(1000));
    }
}
