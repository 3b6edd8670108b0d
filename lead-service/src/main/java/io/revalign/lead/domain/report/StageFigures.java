package io.revalign.lead.domain.report;

import io.revalign.lead.domain.LifecycleStage;

/**
 * The funnel figures of one stage: stays that began, that ended further along (converted), the share of
 * those that began which converted, stays still open, and the median and p90 time in stage in whole
 * hours over the stays that ended.
 */
public record StageFigures(
        LifecycleStage stage,
        long entered,
        long converted,
        Double conversionRate,
        long exited,
        long stillInStage,
        Integer medianHours,
        Integer p90Hours) {

    /** The figures of a tally; the rate is rounded to four decimals and null when nothing entered. */
    public static StageFigures of(StageTally tally) {
        Double rate =
                tally.entered() == 0 ? null : Math.round(10_000.0 * tally.converted() / tally.entered()) / 10_000.0;
        return new StageFigures(
                tally.stage(),
                tally.entered(),
                tally.converted(),
                rate,
                tally.exited(),
                tally.entered() - tally.exited(),
                tally.medianHours(),
                tally.p90Hours());
    }
}
