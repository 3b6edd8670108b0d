package io.revalign.common.input;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of request bodies a JVM holds at once: each body reserves its size before it is read
 * (its declared Content-Length, or its route's largest body when it is chunked) and gives it back
 * when its exchange ends, however it ends. A body that does not fit is shed, so a burst of large
 * bodies costs a bounded share of the heap instead of an OutOfMemoryError.
 */
@Singleton
public class BodyBudget {

    private final long capacity;
    private final AtomicLong inFlight = new AtomicLong();

    @Inject
    public BodyBudget(BodyLimitsConfig config) {
        this(config.budget()
                .map(size -> size.asLongValue())
                .orElse(Runtime.getRuntime().maxMemory() / 100 * config.budgetHeapPercent()));
    }

    BodyBudget(long capacity) {
        this.capacity = capacity;
    }

    /** Reserves {@code bytes}, or returns false (reserving nothing) when they do not fit. */
    public boolean tryReserve(long bytes) {
        while (true) {
            long now = inFlight.get();
            if (now + bytes > capacity) {
                return false;
            }
            if (inFlight.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    /** Gives back {@code bytes} reserved before. */
    public void release(long bytes) {
        inFlight.addAndGet(-bytes);
    }

    /** The bytes reserved now. */
    public long inFlight() {
        return inFlight.get();
    }

    /** The bytes that may be reserved at once. */
    public long capacity() {
        return capacity;
    }
}
