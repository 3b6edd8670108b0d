package io.revalign.governance.domain;

import java.util.List;
import java.util.Map;

/**
 * How ready the sellers a pilot or rollout affects are on the tool's skills, as skills-service
 * measured it: per team, the active sellers and those at the required level on every skill, or,
 * when skills-service could not be asked, why the figure is unavailable.
 */
public record RolloutReadiness(
        boolean available,
        String unavailableReason,
        List<String> skillKeys,
        int level,
        List<String> roles,
        int sellers,
        int ready,
        Double share,
        List<Team> teams) {

    /** One team's figures; {@code atLevel} is skill key → sellers at the level or above. */
    public record Team(String team, int sellers, int ready, Double share, Map<String, Integer> atLevel) {}

    public RolloutReadiness {
        skillKeys = skillKeys == null ? List.of() : List.copyOf(skillKeys);
        roles = roles == null ? List.of() : List.copyOf(roles);
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    /** The figure could not be had, and why (e.g. skills-service did not answer in time). */
    public static RolloutReadiness unavailable(List<String> skillKeys, int level, List<String> roles, String reason) {
        return new RolloutReadiness(false, reason, skillKeys, level, roles, 0, 0, null, List.of());
    }
}
