package io.revalign.skills.api;

import io.revalign.skills.domain.Readiness;
import io.revalign.skills.domain.SellerRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Readiness of a group of sellers against their role profiles, beside the 58% benchmark. */
@Schema(name = "Readiness")
public record ReadinessResponse(
        @Schema(nullable = true, description = "The date answered for; null means now") Instant asOf,
        @Schema(nullable = true) String team,
        @Schema(nullable = true) SellerRole role,
        @Schema(description = "Active sellers matching the filter") int activeSellers,
        @Schema(description = "Of those, sellers whose role has a profile: the ones measured") int sellers,
        @Schema(description = "Sellers with any required skill below its level") int needingReskilling,
        @Schema(description = "needingReskilling / sellers, 0 to 1", examples = "0.6167") double shareNeedingReskilling,
        Benchmark benchmark,
        @Schema(description = "The profile version each role was measured against") List<Profile> profiles,
        List<SkillFigure> bySkill,
        List<TeamFigure> byTeam,
        @Schema(description = "The data of a skill × team heat map: average gap per cell") HeatMap heatMap) {

    /** The survey figure the share is shown beside. */
    @Schema(name = "ReadinessBenchmark")
    public record Benchmark(double share, String source) {}

    @Schema(name = "ReadinessProfile")
    public record Profile(UUID id, SellerRole role, int version, LocalDate targetDate) {}

    @Schema(name = "ReadinessSkill")
    public record SkillFigure(
            String skillKey, int sellersRequired, int sellersBelow, double shareBelow, double averageGap) {}

    @Schema(name = "ReadinessTeam")
    public record TeamFigure(String team, int sellers, int needingReskilling, double shareNeedingReskilling) {}

    @Schema(name = "ReadinessHeatMap")
    public record HeatMap(List<String> teams, List<String> skills, List<Cell> cells) {}

    @Schema(name = "ReadinessCell")
    public record Cell(String team, String skillKey, int sellersRequired, int sellersBelow, double averageGap) {}

    static final String BENCHMARK_SOURCE =
            "Survey of 243 sales leaders: 58% of sellers will need reskilling or upskilling by 2026";

    public static ReadinessResponse from(Readiness r, String team, SellerRole role) {
        return new ReadinessResponse(
                r.asOf(),
                team,
                role,
                r.activeSellers(),
                r.sellers(),
                r.needingReskilling(),
                r.share(),
                new Benchmark(Readiness.BENCHMARK_SHARE, BENCHMARK_SOURCE),
                r.profiles().stream()
                        .map(p -> new Profile(p.id(), p.role(), p.version(), p.targetDate()))
                        .toList(),
                r.bySkill().stream()
                        .map(s -> new SkillFigure(
                                s.skillKey(), s.sellersRequired(), s.sellersBelow(), s.shareBelow(), s.averageGap()))
                        .toList(),
                r.byTeam().stream()
                        .map(t -> new TeamFigure(t.team(), t.sellers(), t.needingReskilling(), t.share()))
                        .toList(),
                new HeatMap(
                        r.cells().stream()
                                .map(Readiness.Cell::team)
                                .distinct()
                                .sorted()
                                .toList(),
                        r.cells().stream()
                                .map(Readiness.Cell::skillKey)
                                .distinct()
                                .sorted()
                                .toList(),
                        r.cells().stream()
                                .map(c -> new Cell(
                                        c.team(), c.skillKey(), c.sellersRequired(), c.sellersBelow(), c.averageGap()))
                                .toList()));
    }
}
