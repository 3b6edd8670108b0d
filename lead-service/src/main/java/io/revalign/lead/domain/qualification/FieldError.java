package io.revalign.lead.domain.qualification;

/** A rule a submitted field breaks, named by its path in the request (e.g. {@code fitRules[0].points}). */
public record FieldError(String field, String message) {}
