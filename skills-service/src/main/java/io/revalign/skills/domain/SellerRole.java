package io.revalign.skills.domain;

/** The seller roles a role profile is written for. */
public enum SellerRole {
    SDR,
    AE,
    AM,
    SE,
    MANAGER
}
