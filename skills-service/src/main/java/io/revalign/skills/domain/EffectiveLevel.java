package io.revalign.skills.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The precedence rule: of a seller's assessments in one skill, the effective one comes from the strongest
 * source (CERTIFICATION > MANAGER > COURSE > SELF) and, within that source, is the newest. A stronger source
 * wins even when older and lower: a certification is not overruled by a later self-assessment.
 */
public final class EffectiveLevel {

    /** Strongest source first, then newest; the first element of a list sorted with it is effective. */
    public static final Comparator<AssessedLevel> PRECEDENCE = Comparator.comparing(
                    (AssessedLevel a) -> a.source().strength())
            .thenComparing(AssessedLevel::assessedAt)
            .reversed();

    private EffectiveLevel() {}

    /** The effective assessment among these (all of one skill), if any. */
    public static Optional<AssessedLevel> of(Collection<AssessedLevel> assessments) {
        return assessments.stream().min(PRECEDENCE);
    }

    /** The effective assessment among those made at or before {@code asOf}: the level the seller had then. */
    public static Optional<AssessedLevel> asOf(Collection<AssessedLevel> assessments, Instant asOf) {
        return assessments.stream().filter(a -> !a.assessedAt().isAfter(asOf)).min(PRECEDENCE);
    }

    /** The effective assessment per skill key among assessments of several skills. */
    public static Map<String, AssessedLevel> perSkill(Collection<AssessedLevel> assessments) {
        Map<String, AssessedLevel> effective = new LinkedHashMap<>();
        for (AssessedLevel a : assessments) {
            effective.merge(a.skillKey(), a, (x, y) -> PRECEDENCE.compare(x, y) <= 0 ? x : y);
        }
        return effective;
    }
}
