package io.revalign.skills.domain;

import java.util.List;
import java.util.Map;

/**
 * How ready a group of sellers is on given skills at a given level, whether or not their role
 * profiles require the skills yet: per team, the active sellers, those whose effective level
 * reaches the level on every skill ("ready"), and per skill those who reach it. Governance asks
 * this before an AI tool that needs the skills is rolled out.
 */
public record SkillReadiness(ProficiencyLevel level, List<String> skillKeys, List<SellerRole> roles, List<Team> teams) {

    /** One team's figures; {@code atLevel} is skill key → sellers at the level or above. */
    public record Team(String team, int sellers, int ready, Map<String, Integer> atLevel) {

        /** ready / sellers, or null for a team with no sellers. */
        public Double share() {
            return SkillReadiness.share(ready, sellers);
        }
    }

    public int sellers() {
        return teams.stream().mapToInt(Team::sellers).sum();
    }

    public int ready() {
        return teams.stream().mapToInt(Team::ready).sum();
    }

    /** ready / sellers over every team, rounded to four places; null when no seller matches. */
    public Double share() {
        return share(ready(), sellers());
    }

    static Double share(int ready, int sellers) {
        return sellers == 0 ? null : Math.round(ready * 10_000.0 / sellers) / 10_000.0;
    }
}
