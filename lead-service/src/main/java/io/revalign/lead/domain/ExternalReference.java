package io.revalign.lead.domain;

/** A lead's identity in its source system: the pair a CRM upserts by, never the email alone. */
public record ExternalReference(LeadSource source, String externalId) implements Comparable<ExternalReference> {

    @Override
    public int compareTo(ExternalReference other) {
        int bySource = source.compareTo(other.source);
        return bySource != 0 ? bySource : externalId.compareTo(other.externalId);
    }
}
