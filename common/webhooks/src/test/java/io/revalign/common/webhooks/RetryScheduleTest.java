package io.revalign.common.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    static final RetrySchedule SCHEDULE =
            new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24));
    static final Instant FIRST = Instant.parse("2026-12-04T09:00:00Z");

    @Test
    void doublesFromTheFirstDelayUpToTheLongest() {
        assertEquals(Optional.of(FIRST.plusSeconds(5)), SCHEDULE.next(1, FIRST, FIRST, () -> 0.5));
        assertEquals(Optional.of(FIRST.plusSeconds(10)), SCHEDULE.next(2, FIRST, FIRST, () -> 0.5));
        assertEquals(Optional.of(FIRST.plusSeconds(40)), SCHEDULE.next(4, FIRST, FIRST, () -> 0.5));
        assertEquals(Optional.of(FIRST.plus(Duration.ofHours(1))), SCHEDULE.next(20, FIRST, FIRST, () -> 0.5));
        assertEquals(Optional.of(FIRST.plus(Duration.ofHours(1))), SCHEDULE.next(400, FIRST, FIRST, () -> 0.5));
    }

    @Test
    void jitterMovesEachDelayByAtMostAFifth() {
        Instant low = SCHEDULE.next(2, FIRST, FIRST, () -> 0.0).orElseThrow();
        Instant high = SCHEDULE.next(2, FIRST, FIRST, () -> 0.999999).orElseThrow();
        assertEquals(FIRST.plusSeconds(8), low);
        assertTrue(!high.isAfter(FIRST.plusSeconds(12)) && high.isAfter(FIRST.plusSeconds(11)), high.toString());
    }

    @Test
    void givesUpADayAfterTheFirstAttempt() {
        Instant late = FIRST.plus(Duration.ofHours(23)).plusSeconds(59 * 60);
        assertTrue(SCHEDULE.next(30, FIRST, late, () -> 0.5).isEmpty());
        assertTrue(SCHEDULE.next(30, FIRST, FIRST.plus(Duration.ofHours(22)), () -> 0.5)
                .isPresent());
    }
}
