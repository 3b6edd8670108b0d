package io.revalign.governance.domain;

/** Where an AI tool stands, from proposal through evaluation and pilot to approval, rejection or retirement. */
public enum ToolStatus {
    PROPOSED,
    EVALUATING,
    PILOT,
    APPROVED,
    REJECTED,
    RETIRED
}
