package io.revalign.lead.domain.qualification;

/** What a co-signed version holds: a qualification definition or a customer life-cycle map. */
public enum VersionKind {
    DEFINITION,
    LIFECYCLE_MAP
}
