package io.revalign.skills.domain;

/** Which skills a list shows; a null field does not filter. */
public record SkillFilter(SkillCategory category, String key, Boolean retired) {}
