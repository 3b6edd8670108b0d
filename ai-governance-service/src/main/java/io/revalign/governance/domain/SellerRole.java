package io.revalign.governance.domain;

/** The seller roles skills-service keeps role profiles for; a pilot or rollout names those it raises. */
public enum SellerRole {
    SDR,
    AE,
    AM,
    SE,
    MANAGER
}
