package io.revalign.lead.domain.handoff;

import io.revalign.lead.domain.qualification.Verdict;

/** What the qualification definition said of a lead when its hand-off opened. */
public enum MarketingVerdict {
    /** The definition qualified the lead. */
    MQL,
    /** Every gate passed but the score was below the threshold. */
    BELOW_THRESHOLD,
    /** A gate failed. */
    GATED,
    /** No definition had scored the lead. */
    UNSCORED;

    /** The verdict as the hand-off records it; null (never scored) is UNSCORED. */
    public static MarketingVerdict of(Verdict verdict) {
        return verdict == null ? UNSCORED : valueOf(verdict.name());
    }

    /** Marketing's "yes": the definition said MQL. */
    public boolean qualified() {
        return this == MQL;
    }
}
