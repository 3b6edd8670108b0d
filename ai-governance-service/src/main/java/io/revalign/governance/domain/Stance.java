package io.revalign.governance.domain;

/** What a Consulted role says about a decision request. */
public enum Stance {
    SUPPORT,
    CONCERNS,
    OPPOSE
}
