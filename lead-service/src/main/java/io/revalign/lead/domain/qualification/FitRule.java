package io.revalign.lead.domain.qualification;

/** Points a lead earns (or loses, when negative) when its attributes satisfy the condition. */
public record FitRule(String name, Condition condition, int points) {}
