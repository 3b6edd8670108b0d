package io.revalign.lead.domain.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.revalign.lead.domain.qualification.LeadOutcome.DealOutcome;
import io.revalign.lead.domain.qualification.LeadOutcome.SalesVerdict;
import org.junit.jupiter.api.Test;

class BacktestMetricsTest {

    @Test
    void figuresMatchAHandCountedSet() {
        // MQL: accepted+won, accepted+lost, rejected, accepted (no deal yet); not MQL: won, rejected+lost
        BacktestCounts counts = BacktestCounts.ZERO
                .with(true, new LeadOutcome(SalesVerdict.ACCEPTED, DealOutcome.WON))
                .with(true, new LeadOutcome(SalesVerdict.ACCEPTED, DealOutcome.LOST))
                .with(true, new LeadOutcome(SalesVerdict.REJECTED, null))
                .with(true, new LeadOutcome(SalesVerdict.ACCEPTED, null))
                .with(false, new LeadOutcome(null, DealOutcome.WON))
                .with(false, new LeadOutcome(SalesVerdict.REJECTED, DealOutcome.LOST));

        BacktestMetrics metrics = BacktestMetrics.of(counts);

        assertEquals(6, metrics.population());
        assertEquals(4, metrics.mqlVolume());
        assertEquals(0.75, metrics.acceptanceRate()); // 3 accepted of 4 MQLs with a verdict
        assertEquals(0.5, metrics.winRate()); // 1 won of 2 with a deal outcome
        assertEquals(0.25, metrics.precision()); // 1 won of 4 MQLs
        assertEquals(0.5, metrics.recall()); // 1 of 2 won leads
    }

    @Test
    void batchesAddUpAndEmptyDenominatorsGiveNoRate() {
        BacktestCounts a = BacktestCounts.ZERO.with(false, new LeadOutcome(SalesVerdict.REJECTED, null));
        BacktestCounts b = BacktestCounts.ZERO.with(true, new LeadOutcome(SalesVerdict.ACCEPTED, null));

        BacktestMetrics metrics = BacktestMetrics.of(a.plus(b));

        assertEquals(2, metrics.population());
        assertEquals(1.0, metrics.acceptanceRate());
        assertNull(metrics.winRate());
        assertNull(metrics.recall());
        assertEquals(0.0, metrics.precision());
        assertNull(BacktestMetrics.of(BacktestCounts.ZERO).precision());
    }
}
