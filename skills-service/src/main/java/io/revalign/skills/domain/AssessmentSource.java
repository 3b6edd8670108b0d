package io.revalign.skills.domain;

/** Where an assessed level comes from, weakest first: the effective level prefers the strongest source. */
public enum AssessmentSource {
    SELF,
    COURSE,
    MANAGER,
    CERTIFICATION;

    /** How much this source counts against another: CERTIFICATION 3 > MANAGER 2 > COURSE 1 > SELF 0. */
    public int strength() {
        return ordinal();
    }
}
