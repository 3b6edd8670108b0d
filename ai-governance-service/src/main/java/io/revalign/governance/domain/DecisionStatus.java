package io.revalign.governance.domain;

/** A decision request is OPEN until the Accountable role decides it. */
public enum DecisionStatus {
    OPEN,
    DECIDED
}
