package io.revalign.governance.service;

import io.revalign.governance.domain.Outcome;

/** The Accountable role's decision; the override reason is needed only while inputs are missing. */
public record Decide(Outcome outcome, String rationale, String overrideReason) {}
