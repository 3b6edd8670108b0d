package io.revalign.lead.domain;

/** The stages a lead moves through, from first contact to customer, plus the two side exits. */
public enum LifecycleStage {
    SUBSCRIBER,
    LEAD,
    MQL,
    SAL,
    SQL,
    OPPORTUNITY,
    CUSTOMER,
    RECYCLED,
    DISQUALIFIED
}
