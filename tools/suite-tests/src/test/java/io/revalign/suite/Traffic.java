package io.revalign.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** A steady stream of one request, on its own thread, every answer kept with the time it came. */
final class Traffic implements AutoCloseable {

    /** One answer and when (System.nanoTime) its request was sent. */
    record Sample(long sentAt, Http.Answer answer) {}

    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    Traffic(String name, long pauseMillis, Supplier<Http.Answer> request) {
        thread = new Thread(
                () -> {
                    while (running) {
                        long sentAt = System.nanoTime();
                        samples.add(new Sample(sentAt, request.get()));
                        AppProcess.sleep(pauseMillis);
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Answers to requests sent at or after {@code nanoTime}. */
    List<Sample> since(long nanoTime) {
        List<Sample> after = new ArrayList<>();
        for (Sample sample : samples) {
            if (sample.sentAt() >= nanoTime) {
                after.add(sample);
            }
        }
        return after;
    }

    List<Sample> all() {
        return List.copyOf(samples);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(30_000);
    }
}
