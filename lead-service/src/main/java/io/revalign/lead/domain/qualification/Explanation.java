package io.revalign.lead.domain.qualification;

import java.util.List;

/**
 * Why a lead scored what it did under one definition version: each rule that fired with its
 * points, each gate with whether it passed, the totals and the verdict.
 */
public record Explanation(
        int definitionVersion,
        double fitPoints,
        double engagementPoints,
        double score,
        int threshold,
        Verdict verdict,
        List<RuleHit> rules,
        List<GateCheck> gates) {

    /** Whether the rule is a fit or an engagement rule. */
    public enum RuleKind {
        FIT,
        ENGAGEMENT
    }

    /** A rule that fired, what it matched, and the points it gave. */
    public record RuleHit(RuleKind kind, String rule, String detail, double points) {}

    /** A gate, what it requires, and whether the lead passed it. */
    public record GateCheck(String gate, String detail, boolean passed) {}

    public boolean qualified() {
        return verdict == Verdict.MQL;
    }
}
