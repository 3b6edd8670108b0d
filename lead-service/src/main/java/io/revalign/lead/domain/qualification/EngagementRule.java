package io.revalign.lead.domain.qualification;

/**
 * Points per activity of a type within the last {@code windowDays}, each halved every
 * {@code halfLifeDays} of age (no decay when null), capped at {@code maxPoints} when set.
 */
public record EngagementRule(
        String name, String activityType, int points, int windowDays, Double halfLifeDays, Integer maxPoints) {}
