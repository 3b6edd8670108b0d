package io.revalign.skills.domain;

/** Which sellers a list shows; a null field does not filter. */
public record SellerFilter(String team, SellerRole role, Boolean active, String managerExternalId) {}
