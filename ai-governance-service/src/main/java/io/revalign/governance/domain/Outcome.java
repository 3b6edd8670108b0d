package io.revalign.governance.domain;

/** What the Accountable role decided. */
public enum Outcome {
    APPROVED,
    REJECTED
}
