package io.revalign.lead.domain.qualification;

import java.time.Duration;
import java.time.Instant;

/** Half-life decay of engagement: an activity's weight halves with every half-life of age. */
public final class Decay {

    static final double SECONDS_PER_DAY = 86_400d;

    private Decay() {}

    /** The weight in (0, 1] of an activity {@code ageDays} old; activities from the future count as new. */
    public static double weight(double ageDays, Double halfLifeDays) {
        if (halfLifeDays == null || ageDays <= 0) {
            return 1d;
        }
        return Math.pow(0.5d, ageDays / halfLifeDays);
    }

    /** The age in days of something that happened at {@code occurredAt}, seen at {@code asOf}. */
    public static double ageDays(Instant occurredAt, Instant asOf) {
        return Duration.between(occurredAt, asOf).toMillis() / 1000d / SECONDS_PER_DAY;
    }
}
