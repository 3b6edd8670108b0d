package io.revalign.skills.service;

import io.revalign.common.problem.ProblemException;
import io.revalign.skills.domain.Forecast;
import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.repository.ForecastRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The readiness forecast at a target date from current levels and plan progress. */
@ApplicationScoped
public class ForecastService {

    private final ForecastRepository forecasts;
    private final Clock clock;

    public ForecastService(ForecastRepository forecasts, Clock clock) {
        this.forecasts = forecasts;
        this.clock = clock;
    }

    @Transactional
    public Forecast forecast(LocalDate targetDate, String team, SellerRole role) {
        Instant now = clock.instant();
        if (targetDate.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw ProblemException.invalid(
                    "targetDate", "must be today or later; for a past date use /api/readiness?asOf");
        }
        List<Forecast.TeamForecast> teams = forecasts.byTeam(team, role, targetDate, now);
        return new Forecast(
                targetDate,
                teams.stream().mapToInt(Forecast.TeamForecast::sellers).sum(),
                teams.stream().mapToInt(Forecast.TeamForecast::readyNow).sum(),
                teams.stream().mapToInt(Forecast.TeamForecast::readyIfOnTrack).sum(),
                teams.stream()
                        .mapToInt(Forecast.TeamForecast::readyIfAllPlansComplete)
                        .sum(),
                teams);
    }
}
