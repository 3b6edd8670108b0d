package io.revalign.suite;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for the suite to reach a state, with a limit and the state's name in the failure. */
final class Await {

    private Await() {}

    static void until(BooleanSupplier condition, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            AppProcess.sleep(200);
        }
    }
}
