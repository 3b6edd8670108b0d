package io.revalign.skills.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Projected readiness on a target date from today's effective levels and open enrolments due by then: ready now
 * (nothing changes), on track (only enrolments whose progress keeps pace with their schedule complete) and if
 * every plan completes (all open enrolments due by the date complete). Each completion is assumed to be confirmed
 * and to count under the precedence rule (a COURSE level does not overrule a MANAGER or CERTIFICATION one).
 */
public record Forecast(
        LocalDate targetDate,
        int sellers,
        int readyNow,
        int readyIfOnTrack,
        int readyIfAllPlansComplete,
        List<TeamForecast> byTeam) {

    public double shareReadyNow() {
        return Readiness.share(readyNow, sellers);
    }

    public double shareReadyIfOnTrack() {
        return Readiness.share(readyIfOnTrack, sellers);
    }

    public double shareReadyIfAllPlansComplete() {
        return Readiness.share(readyIfAllPlansComplete, sellers);
    }

    /** The same figures for one team. */
    public record TeamForecast(
            String team, int sellers, int readyNow, int readyIfOnTrack, int readyIfAllPlansComplete) {}
}
