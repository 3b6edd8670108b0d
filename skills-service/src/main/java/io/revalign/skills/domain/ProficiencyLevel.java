package io.revalign.skills.domain;

/** The 0–4 proficiency scale every skill is assessed and required on. */
public enum ProficiencyLevel {
    NONE(0),
    AWARE(1),
    PRACTICING(2),
    PROFICIENT(3),
    EXPERT(4);

    private final int value;

    ProficiencyLevel(int value) {
        this.value = value;
    }

    /** The level as a number on the 0–4 scale. */
    public int value() {
        return value;
    }

    /** The level with this number; an {@link IllegalArgumentException} outside 0–4. */
    public static ProficiencyLevel of(int value) {
        for (ProficiencyLevel level : values()) {
            if (level.value == value) {
                return level;
            }
        }
        throw new IllegalArgumentException("A proficiency level is 0 to 4, not " + value);
    }
}
