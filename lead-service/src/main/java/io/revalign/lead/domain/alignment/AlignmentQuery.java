package io.revalign.lead.domain.alignment;

import io.revalign.lead.domain.Segment;
import java.time.Instant;

/** The leads an alignment report covers: a period [from, to), optionally one segment and one definition version. */
public record AlignmentQuery(Instant from, Instant to, Segment segment, Integer definitionVersion) {

    public AlignmentQuery {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
    }
}
