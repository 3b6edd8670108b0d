package io.revalign.skills.service;

import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.SkillCategory;
import io.revalign.skills.domain.TaxonomyScheme;
import java.util.Map;

/** What it takes to add a skill to the catalogue; the taxonomy reference and descriptors are optional. */
public record CreateSkill(
        String key,
        String name,
        String description,
        SkillCategory category,
        TaxonomyScheme taxonomyScheme,
        String taxonomyCode,
        Map<ProficiencyLevel, String> levelDescriptors) {}
