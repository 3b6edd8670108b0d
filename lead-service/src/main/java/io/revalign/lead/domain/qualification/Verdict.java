package io.revalign.lead.domain.qualification;

/** What a definition says of a lead. */
public enum Verdict {
    /** Score at or above the threshold and every gate passed. */
    MQL,
    /** Every gate passed but the score is below the threshold. */
    BELOW_THRESHOLD,
    /** A gate failed: not an MQL whatever the score. */
    GATED
}
