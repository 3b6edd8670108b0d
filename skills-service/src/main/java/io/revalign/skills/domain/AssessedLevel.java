package io.revalign.skills.domain;

import java.time.Instant;
import java.util.Objects;

/** One assessment of a seller's level in one skill, as the precedence rule sees it. */
public record AssessedLevel(String skillKey, ProficiencyLevel level, AssessmentSource source, Instant assessedAt) {

    public AssessedLevel {
        Objects.requireNonNull(skillKey, "skillKey");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(assessedAt, "assessedAt");
    }
}
