package io.revalign.lead.domain.qualification;

/** A condition a lead must satisfy to be an MQL, whatever its points (e.g. budget CONFIRMED or PLANNED). */
public record Gate(String name, Condition condition) {}
