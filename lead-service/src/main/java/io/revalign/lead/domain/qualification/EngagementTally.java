package io.revalign.lead.domain.qualification;

/**
 * One engagement rule's activities of a lead: how many fell in its window and their summed
 * decay weight. Computed from events in Java or by an aggregate in SQL, then scored alike.
 */
public record EngagementTally(long count, double weight) {

    public static final EngagementTally NONE = new EngagementTally(0, 0d);
}
