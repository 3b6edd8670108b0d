package io.revalign.governance.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * One cell of the decision-rights policy: for a decision type and a tool category (null: every
 * category without a cell of its own), the RACI letter of each role that takes part, and for
 * pilots and rollouts an optional readiness threshold (0 to 1) the affected sellers must reach on
 * the tool's skills before the Accountable role may approve ({@link ReadinessGate}).
 */
public record PolicyCell(
        DecisionType decisionType, ToolCategory toolCategory, Map<String, RaciLetter> raci, Double readinessThreshold) {

    public PolicyCell {
        raci = raci == null ? Map.of() : new TreeMap<>(raci);
    }

    /** A cell without a readiness threshold. */
    public PolicyCell(DecisionType decisionType, ToolCategory toolCategory, Map<String, RaciLetter> raci) {
        this(decisionType, toolCategory, raci, null);
    }

    /** The one Accountable role (the policy guarantees there is exactly one). */
    public String accountable() {
        return rolesWith(RaciLetter.A).stream().findFirst().orElseThrow();
    }

    /** The roles holding {@code letter}, in name order. */
    public java.util.List<String> rolesWith(RaciLetter letter) {
        return raci.entrySet().stream()
                .filter(entry -> entry.getValue() == letter)
                .map(Map.Entry::getKey)
                .toList();
    }
}
