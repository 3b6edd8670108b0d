package io.revalign.skills.domain;

/** Which role profile versions a list shows: one role's, or only each role's current one; null does not filter. */
public record RoleProfileFilter(SellerRole role, Boolean current) {}
