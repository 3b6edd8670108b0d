package io.revalign.lead.domain.qualification;

/**
 * What a definition would have done over leads with known outcomes. Rates are null when their
 * denominator is zero.
 *
 * <ul>
 *   <li>mqlVolume: leads the definition makes MQL;
 *   <li>acceptanceRate: accepted MQLs / MQLs with a sales verdict;
 *   <li>winRate: won MQLs / MQLs with a deal outcome;
 *   <li>precision: won MQLs / MQLs (an MQL without a won deal counts against it);
 *   <li>recall: won MQLs / all won leads.
 * </ul>
 */
public record BacktestMetrics(
        long population, long mqlVolume, Double acceptanceRate, Double winRate, Double precision, Double recall) {

    public static BacktestMetrics of(BacktestCounts c) {
        return new BacktestMetrics(
                c.population(),
                c.mql(),
                ratio(c.mqlAccepted(), c.mqlAccepted() + c.mqlRejected()),
                ratio(c.mqlWon(), c.mqlWon() + c.mqlLost()),
                ratio(c.mqlWon(), c.mql()),
                ratio(c.mqlWon(), c.won()));
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : Math.round(numerator * 10_000d / denominator) / 10_000d;
    }
}
