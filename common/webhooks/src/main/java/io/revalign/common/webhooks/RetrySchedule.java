package io.revalign.common.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: after {@code first}, doubling with each attempt up to
 * {@code longest}, each delay moved by up to ±20% at random (so subscribers that failed together are
 * not all called again at the same instant), and never later than {@code giveUpAfter} from the first
 * attempt; past that the delivery is dead.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {

    /** The time of the next attempt after {@code attempts} failed ones, or empty when it is time to give up. */
    public Optional<Instant> next(int attempts, Instant firstAttempt, Instant now, DoubleSupplier random) {
        long base = first.toMillis() << Math.min(attempts - 1, 30);
        long capped = Math.min(Math.max(base, 0), longest.toMillis());
        long jittered = Math.round(capped * (0.8 + 0.4 * random.getAsDouble()));
        Instant next = now.plusMillis(jittered);
        return next.isAfter(firstAttempt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
