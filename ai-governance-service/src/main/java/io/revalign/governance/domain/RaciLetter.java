package io.revalign.governance.domain;

/** A role's part in a decision: Responsible, Accountable (decides), Consulted (gives input), Informed. */
public enum RaciLetter {
    R,
    A,
    C,
    I
}
