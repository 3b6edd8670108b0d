package io.revalign.skills.service;

import io.revalign.skills.domain.SellerRole;
import java.time.LocalDate;
import java.util.List;

/** A new version of a role's profile: the required level per skill key and the target date. */
public record CreateRoleProfile(
        SellerRole role, LocalDate targetDate, String description, List<Requirement> requirements) {

    /** One required skill (by key) and level (0-4). */
    public record Requirement(String skillKey, int level) {}
}
