package io.revalign.lead.domain.qualification;

/**
 * Counts over leads with a known outcome under one definition, added up batch by batch:
 * how many, how many the definition makes MQL, and how those MQLs fared.
 */
public record BacktestCounts(
        long population, long mql, long mqlAccepted, long mqlRejected, long mqlWon, long mqlLost, long won) {

    public static final BacktestCounts ZERO = new BacktestCounts(0, 0, 0, 0, 0, 0, 0);

    /** These counts with one more lead. */
    public BacktestCounts with(boolean qualified, LeadOutcome outcome) {
        boolean accepted = outcome.salesVerdict() == LeadOutcome.SalesVerdict.ACCEPTED;
        boolean rejected = outcome.salesVerdict() == LeadOutcome.SalesVerdict.REJECTED;
        boolean isWon = outcome.dealOutcome() == LeadOutcome.DealOutcome.WON;
        boolean isLost = outcome.dealOutcome() == LeadOutcome.DealOutcome.LOST;
        return new BacktestCounts(
                population + 1,
                mql + (qualified ? 1 : 0),
                mqlAccepted + (qualified && accepted ? 1 : 0),
                mqlRejected + (qualified && rejected ? 1 : 0),
                mqlWon + (qualified && isWon ? 1 : 0),
                mqlLost + (qualified && isLost ? 1 : 0),
                won + (isWon ? 1 : 0));
    }

    public BacktestCounts plus(BacktestCounts other) {
        return new BacktestCounts(
                population + other.population,
                mql + other.mql,
                mqlAccepted + other.mqlAccepted,
                mqlRejected + other.mqlRejected,
                mqlWon + other.mqlWon,
                mqlLost + other.mqlLost,
                won + other.won);
    }
}
