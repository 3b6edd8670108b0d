package io.revalign.skills.api;

import io.revalign.skills.domain.Forecast;
import io.revalign.skills.domain.Readiness;
import io.revalign.skills.domain.SellerRole;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Projected readiness at a target date, with what it assumes and what it cannot know. */
@Schema(name = "ReadinessForecast")
public record ForecastResponse(
        LocalDate targetDate,
        @Schema(nullable = true) String team,
        @Schema(nullable = true) SellerRole role,
        @Schema(description = "Active sellers measured against their role's current profile") int sellers,
        Scenario readyNow,
        @Schema(description = "Expected: only enrolments whose progress keeps pace with their schedule complete")
                Scenario ifOnTrack,
        @Schema(description = "Upper bound: every open enrolment due by the date completes")
                Scenario ifAllPlansComplete,
        @Schema(description = "1 - ifOnTrack share: the projected share still needing reskilling")
                double projectedShareNeedingReskilling,
        ReadinessResponse.Benchmark benchmark,
        List<TeamForecast> byTeam,
        List<String> assumptions,
        @Schema(description = "What the forecast cannot know") List<String> unknowns) {

    @Schema(name = "ForecastScenario")
    public record Scenario(int sellersReady, double shareReady) {}

    @Schema(name = "TeamForecast")
    public record TeamForecast(
            String team, int sellers, int readyNow, int readyIfOnTrack, int readyIfAllPlansComplete) {}

    static final List<String> ASSUMPTIONS = List.of(
            "Levels are today's effective levels; each role is measured against its current profile version.",
            "An open (ASSIGNED or IN_PROGRESS) enrolment due on or before the target date raises its skills to the"
                    + " module's level when it completes; enrolments due later do not count.",
            "On track: progress (percent) is at least the share of the time between the enrolment's creation and"
                    + " its due date that has passed.",
            "A completion's COURSE assessment is assumed confirmed by the manager; PROPOSED ones count as confirmed.",
            "Under the precedence rule a COURSE level does not overrule a MANAGER or CERTIFICATION level, so a"
                    + " module cannot close a gap that a manager or certification assessment measured.",
            "Inactive sellers and retired skills are left out, as in /api/readiness.");

    static final List<String> UNKNOWNS = List.of(
            "Whether sellers finish modules they are behind on, or at all.",
            "Whether managers confirm proposed COURSE assessments, or assess differently afterwards.",
            "Whether a completed module actually raises the skill to the level it claims.",
            "Hires, leavers, role changes and new profile versions before the target date.",
            "Skills that decay without practice.");

    public static ForecastResponse from(Forecast f, String team, SellerRole role) {
        return new ForecastResponse(
                f.targetDate(),
                team,
                role,
                f.sellers(),
                new Scenario(f.readyNow(), f.shareReadyNow()),
                new Scenario(f.readyIfOnTrack(), f.shareReadyIfOnTrack()),
                new Scenario(f.readyIfAllPlansComplete(), f.shareReadyIfAllPlansComplete()),
                f.sellers() == 0 ? 0 : Math.round((1 - f.shareReadyIfOnTrack()) * 10000) / 10000.0,
                new ReadinessResponse.Benchmark(Readiness.BENCHMARK_SHARE, ReadinessResponse.BENCHMARK_SOURCE),
                f.byTeam().stream()
                        .map(t -> new TeamForecast(
                                t.team(), t.sellers(), t.readyNow(), t.readyIfOnTrack(), t.readyIfAllPlansComplete()))
                        .toList(),
                ASSUMPTIONS,
                UNKNOWNS);
    }
}
