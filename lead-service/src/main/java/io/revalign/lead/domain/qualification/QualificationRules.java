package io.revalign.lead.domain.qualification;

import java.util.List;

/** The content of one definition version: what earns points, what must hold, and the MQL threshold. */
public record QualificationRules(
        List<FitRule> fitRules, List<EngagementRule> engagementRules, List<Gate> gates, int mqlThreshold) {

    /** Scores are clamped to [0, MAX_SCORE]; the threshold lies in [1, MAX_SCORE]. */
    public static final int MAX_SCORE = 100;

    public QualificationRules {
        fitRules = fitRules == null ? List.of() : List.copyOf(fitRules);
        engagementRules = engagementRules == null ? List.of() : List.copyOf(engagementRules);
        gates = gates == null ? List.of() : List.copyOf(gates);
    }
}
