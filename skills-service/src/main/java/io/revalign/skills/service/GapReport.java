package io.revalign.skills.service;

import io.revalign.skills.domain.AssessedLevel;
import io.revalign.skills.domain.RoleProfile;
import io.revalign.skills.domain.Seller;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.domain.SkillGap;
import java.time.Instant;
import java.util.List;

/**
 * A seller's gaps against the profile version of their role current at {@code asOf} (null profile: the role has
 * none yet), largest gap first; {@code effective} is null for a skill never assessed (level NONE).
 */
public record GapReport(Seller seller, RoleProfile profile, Instant asOf, List<Line> lines) {

    /** One required skill. */
    public record Line(Skill skill, SkillGap gap, AssessedLevel effective) {}

    public boolean needsReskilling() {
        return lines.stream().anyMatch(l -> l.gap().size() > 0);
    }
}
