package io.revalign.lead.domain.qualification;

import java.time.Instant;

/** A leader's signature on one revision of a version: who, signing as which leader role, when. */
public record Approval(String approver, String role, long revision, Instant at) {}
