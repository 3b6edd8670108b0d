package io.revalign.skills.domain;

/** Public skill taxonomies a catalogue skill can point to: the EU's ESCO and the US O*NET. */
public enum TaxonomyScheme {
    ESCO,
    ONET
}
