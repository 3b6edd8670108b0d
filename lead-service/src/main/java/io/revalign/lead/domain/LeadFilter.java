package io.revalign.lead.domain;

/** Which leads a list shows; a null field does not filter. */
public record LeadFilter(LeadSource source, String externalId, String email) {}
