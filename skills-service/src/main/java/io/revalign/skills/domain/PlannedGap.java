package io.revalign.skills.domain;

/** A gap as a plan recorded it: the skill, the required and the effective level when the plan was built. */
public record PlannedGap(String skillKey, int required, int effective) {

    public static PlannedGap of(SkillGap gap) {
        return new PlannedGap(
                gap.skillKey(), gap.required().value(), gap.effective().value());
    }

    public int gap() {
        return Math.max(0, required - effective);
    }
}
