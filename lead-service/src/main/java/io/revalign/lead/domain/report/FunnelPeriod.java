package io.revalign.lead.domain.report;

import io.revalign.lead.domain.qualification.FieldError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The cohort months a funnel report covers, both ends included. */
public record FunnelPeriod(YearMonth from, YearMonth to) {

    /** The most months one report covers (ten years of monthly cohorts). */
    public static final int MAX_MONTHS = 120;

    /** The months of the last year up to and including {@code current}, for a report asked without a period. */
    public static FunnelPeriod lastYear(YearMonth current) {
        return new FunnelPeriod(current.minusMonths(11), current);
    }

    /** What is wrong with the period, naming the parameter at fault; empty when it may be reported. */
    public Optional<FieldError> problem() {
        if (to.isBefore(from)) {
            return Optional.of(new FieldError("to", "must not be before from (" + from + ")"));
        }
        if (months() > MAX_MONTHS) {
            return Optional.of(new FieldError("to", "a report covers at most " + MAX_MONTHS + " months from " + from));
        }
        return Optional.empty();
    }

    /** How many cohort months the period holds. */
    public long months() {
        return ChronoUnit.MONTHS.between(from, to) + 1;
    }

    /** Each month of the period, oldest first. */
    public List<YearMonth> eachMonth() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The first day of the first cohort month. */
    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The first day of the last cohort month (cohorts are stored by their month's first day). */
    public LocalDate lastCohort() {
        return to.atDay(1);
    }
}
