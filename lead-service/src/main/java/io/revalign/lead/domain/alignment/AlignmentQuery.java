package io.revalign.lead.domain.alignment;

import io.revalign.lead.domain.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The leads an alignment report covers: the UTC days {@code first} to {@code last}, both included (the
 * report's tallies are kept per UTC day), optionally one segment and one definition version.
 */
public record AlignmentQuery(LocalDate first, LocalDate last, Segment segment, Integer definitionVersion) {

    public AlignmentQuery {
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("the period must not end before it starts");
        }
    }

    /** The period's first instant. */
    public Instant from() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The instant after the period's last. */
    public Instant to() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
