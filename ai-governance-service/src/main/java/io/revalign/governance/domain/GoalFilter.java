package io.revalign.governance.domain;

/** Which goals a list shows; a null field does not filter. */
public record GoalFilter(String ownerRole) {}
