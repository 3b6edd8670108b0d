package io.revalign.governance.domain;

/** Risk tiers modelled on the EU AI Act, from least to most restricted (the order is used to pick the highest). */
public enum RiskTier {
    MINIMAL,
    LIMITED,
    HIGH,
    PROHIBITED
}
