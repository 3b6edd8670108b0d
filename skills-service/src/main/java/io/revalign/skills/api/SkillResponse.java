package io.revalign.skills.api;

import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.domain.SkillCategory;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue skill as the API shows it. */
@Schema(name = "Skill")
public record SkillResponse(
        UUID id,
        String key,
        String name,
        String description,
        SkillCategory category,
        @Schema(nullable = true) SkillRequest.Taxonomy taxonomy,
        Map<ProficiencyLevel, String> levelDescriptors,
        Instant createdAt,
        Instant updatedAt,
        @Schema(
                        nullable = true,
                        description = "When the skill was retired; null while in use. A retired skill stays in history"
                                + " but is refused by new role profiles and assessments and left out of figures")
                Instant retiredAt) {

    public static SkillResponse from(Skill skill) {
        SkillRequest.Taxonomy taxonomy = skill.taxonomyScheme == null
                ? null
                : new SkillRequest.Taxonomy(skill.taxonomyScheme, skill.taxonomyCode);
        Map<ProficiencyLevel, String> descriptors = new EnumMap<>(ProficiencyLevel.class);
        descriptors.putAll(skill.levelDescriptors);
        return new SkillResponse(
                skill.id,
                skill.key,
                skill.name,
                skill.description,
                skill.category,
                taxonomy,
                descriptors,
                skill.createdAt,
                skill.updatedAt,
                skill.retiredAt);
    }
}
