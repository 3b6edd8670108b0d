package io.revalign.skills.service;

import io.revalign.skills.domain.RoleProfile;
import io.revalign.skills.domain.Skill;
import java.util.List;

/** A role profile version with its requirements resolved to skills, ordered by skill key. */
public record RoleProfileView(RoleProfile profile, List<Requirement> requirements) {

    /** One required skill and level. */
    public record Requirement(Skill skill, int level) {}
}
