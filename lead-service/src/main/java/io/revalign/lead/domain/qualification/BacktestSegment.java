package io.revalign.lead.domain.qualification;

import java.time.Instant;

/** Which leads with known outcomes a backtest covers; null members do not filter. */
public record BacktestSegment(String industry, String source, Instant createdFrom, Instant createdTo) {

    public static final BacktestSegment ALL = new BacktestSegment(null, null, null, null);
}
