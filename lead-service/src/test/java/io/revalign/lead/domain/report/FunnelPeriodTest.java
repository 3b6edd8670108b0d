package io.revalign.lead.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.lead.domain.qualification.FieldError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunnelPeriodTest {

    @Test
    void withoutAPeriodTheReportCoversTheLastTwelveMonths() {
        FunnelPeriod period = FunnelPeriod.lastYear(YearMonth.of(2026, 12));
        assertEquals(YearMonth.of(2026, 1), period.from());
        assertEquals(12, period.months());
    }

    @Test
    void monthsAreListedOldestFirstBothEndsIncluded() {
        FunnelPeriod period = new FunnelPeriod(YearMonth.of(2025, 11), YearMonth.of(2026, 2));
        assertEquals(
                List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2)),
                period.eachMonth());
        assertEquals(LocalDate.of(2025, 11, 1), period.firstDay());
        assertEquals(LocalDate.of(2026, 2, 1), period.lastCohort());
    }

    @Test
    void aPeriodEndingBeforeItStartsNamesTo() {
        assertEquals(
                Optional.of(new FieldError("to", "must not be before from (2026-05)")),
                new FunnelPeriod(YearMonth.of(2026, 5), YearMonth.of(2026, 4)).problem());
    }

    @Test
    void tenYearsIsTheLongestPeriod() {
        assertTrue(new FunnelPeriod(YearMonth.of(2017, 1), YearMonth.of(2026, 12))
                .problem()
                .isEmpty());
        assertEquals(
                "to",
                new FunnelPeriod(YearMonth.of(2016, 12), YearMonth.of(2026, 12))
                        .problem()
                        .orElseThrow()
                        .field());
    }
}
