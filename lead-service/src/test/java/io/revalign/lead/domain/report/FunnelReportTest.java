package io.revalign.lead.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.revalign.lead.domain.LifecycleStage;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelReportTest {

    private static final FunnelPeriod TWO_MONTHS = new FunnelPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 2));

    @Test
    void everyStageAndEveryMonthIsListedWithZerosWhereNothingHappened() {
        FunnelReport report = FunnelReport.of(
                TWO_MONTHS,
                FunnelGrouping.MONTH,
                List.of(
                        new StageTally(null, LifecycleStage.MQL, 4, 3, 1, 15, 30),
                        new StageTally("2026-02", LifecycleStage.MQL, 4, 3, 1, 15, 30)));
        assertEquals(
                FunnelStages.ORDER,
                report.total().stream().map(StageFigures::stage).toList());
        assertEquals(
                List.of("2026-01", "2026-02"),
                report.groups().stream().map(FunnelReport.Group::key).toList());
        StageFigures january = report.groups().get(0).stages().get(2);
        assertEquals(0, january.entered());
        assertNull(january.conversionRate());
        assertNull(january.medianHours());
        StageFigures february = report.groups().get(1).stages().get(2);
        assertEquals(new StageFigures(LifecycleStage.MQL, 4, 1, 0.25, 3, 1, 15, 30), february);
    }

    @Test
    void segmentsAreListedInBandOrder() {
        FunnelReport report = FunnelReport.of(TWO_MONTHS, FunnelGrouping.SEGMENT, List.of());
        assertEquals(
                List.of("SMB", "MID_MARKET", "ENTERPRISE", "UNKNOWN"),
                report.groups().stream().map(FunnelReport.Group::key).toList());
    }

    @Test
    void withoutAGroupingOnlyTheTotalIsReported() {
        assertEquals(List.of(), FunnelReport.of(TWO_MONTHS, null, List.of()).groups());
    }

    @Test
    void ratesAreRoundedToFourDecimals() {
        assertEquals(
                0.6667,
                StageFigures.of(new StageTally(null, LifecycleStage.LEAD, 6, 5, 4, 30, 50))
                        .conversionRate());
        assertEquals(
                1,
                StageFigures.of(new StageTally(null, LifecycleStage.LEAD, 6, 5, 4, 30, 50))
                        .stillInStage());
    }
}
