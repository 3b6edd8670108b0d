package io.revalign.skills.api;

import io.revalign.common.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Date and time query parameters, read from their text so a bad one is a 400 naming it. */
final class TimeParams {

    private TimeParams() {}

    /**
     * An RFC 3339 date-time, or a date meaning the end of that day (UTC); null when absent; a 400 problem for
     * {@code field} otherwise.
     */
    static Instant instant(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value)
                        .plusDays(1)
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC)
                        .minusNanos(1000);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(
                    field, "must be a date (2026-06-30) or an RFC 3339 date-time (2026-06-30T17:00:00Z)");
        }
    }

    /** An ISO date; null when absent; a 400 problem for {@code field} otherwise. */
    static LocalDate date(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date such as 2026-06-30");
        }
    }
}
