package io.revalign.skills.domain;

import java.util.Objects;

/** A required skill where the seller's effective level is below the role profile's required level. */
public record SkillGap(String skillKey, ProficiencyLevel required, ProficiencyLevel effective) {

    public SkillGap {
        Objects.requireNonNull(skillKey, "skillKey");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(effective, "effective");
    }

    /** Levels missing, 0 when the seller meets the requirement. */
    public int size() {
        return Math.max(0, required.value() - effective.value());
    }
}
