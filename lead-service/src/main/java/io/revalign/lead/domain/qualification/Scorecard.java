package io.revalign.lead.domain.qualification;

/**
 * What scoring found for one lead under one definition, in compact form: which fit rules fired, each
 * engagement rule's activity count and points, which gates passed, the totals and the verdict (arrays
 * in the order of the definition's rules). With the same definition's rules it expands to the full
 * {@link Explanation} ({@link ScoringEngine#explain}); definitions are frozen once agreed, so the
 * expansion is exactly what scoring saw. Stored this way, a re-scoring writes numbers, not text.
 */
public record Scorecard(
        boolean[] fitHits,
        int[] engagementCounts,
        double[] engagementPoints,
        boolean[] gatesPassed,
        double fitTotal,
        double engagementTotal,
        double score,
        Verdict verdict) {

    public boolean qualified() {
        return verdict == Verdict.MQL;
    }

    /** Whether the arrays have one element per rule and gate of {@code rules}. */
    public boolean fits(QualificationRules rules) {
        return fitHits.length == rules.fitRules().size()
                && engagementCounts.length == rules.engagementRules().size()
                && engagementPoints.length == rules.engagementRules().size()
                && gatesPassed.length == rules.gates().size();
    }
}
