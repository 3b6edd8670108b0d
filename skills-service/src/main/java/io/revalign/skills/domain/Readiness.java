package io.revalign.skills.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * How ready a group of sellers is against their role profiles: who needs reskilling (any required skill below its
 * level), per skill, per team, and the skill × team matrix of average gap. Pure figures; PostgreSQL counts them.
 */
public record Readiness(
        Instant asOf,
        int activeSellers,
        int sellers,
        int needingReskilling,
        List<ProfileUsed> profiles,
        List<SkillFigure> bySkill,
        List<TeamFigure> byTeam,
        List<Cell> cells) {

    /** The survey's figure: 58% of sellers will need reskilling or upskilling by 2026. */
    public static final double BENCHMARK_SHARE = 0.58;

    /** The share of sellers measured against a profile who need reskilling; 0 when none is measured. */
    public double share() {
        return share(needingReskilling, sellers);
    }

    static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    static double average(long total, int count) {
        return count == 0 ? 0 : Math.round(total * 1000.0 / count) / 1000.0;
    }

    /** The profile version a role's sellers were measured against. */
    public record ProfileUsed(UUID id, SellerRole role, int version, LocalDate targetDate) {}

    /** One required skill across the group. */
    public record SkillFigure(String skillKey, int sellersRequired, int sellersBelow, long totalGap) {
        public double shareBelow() {
            return share(sellersBelow, sellersRequired);
        }

        public double averageGap() {
            return average(totalGap, sellersRequired);
        }
    }

    /** One team. */
    public record TeamFigure(String team, int sellers, int needingReskilling) {
        public double share() {
            return Readiness.share(needingReskilling, sellers);
        }
    }

    /** One cell of the heat map: a team and a skill. */
    public record Cell(String team, String skillKey, int sellersRequired, int sellersBelow, long totalGap) {
        public double averageGap() {
            return average(totalGap, sellersRequired);
        }
    }
}
