package io.revalign.skills.domain;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A learning module as the plan builder sees it: its length and the level it raises each skill to. */
public record ModuleOffer(UUID id, String title, int hours, Map<String, ProficiencyLevel> raises) {

    public ModuleOffer {
        Objects.requireNonNull(id, "id");
        if (hours < 1) {
            throw new IllegalArgumentException("A module lasts at least one hour");
        }
        raises = Map.copyOf(raises);
    }

    /** Whether this module takes {@code skillKey} to {@code level} or above. */
    public boolean closes(String skillKey, ProficiencyLevel level) {
        ProficiencyLevel to = raises.get(skillKey);
        return to != null && to.value() >= level.value();
    }
}
