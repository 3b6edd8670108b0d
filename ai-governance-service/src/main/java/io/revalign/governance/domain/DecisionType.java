package io.revalign.governance.domain;

/** The decisions about an AI tool that the decision-rights policy assigns. */
public enum DecisionType {
    SELECT_TOOL,
    APPROVE_PILOT,
    APPROVE_ROLLOUT,
    RETIRE_TOOL
}
