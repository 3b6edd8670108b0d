package io.revalign.common.webhooks;

import io.quarkus.scheduler.Scheduled;
import io.revalign.common.webhooks.WebhookStore.Attempt;
import io.revalign.common.webhooks.WebhookStore.Due;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers outbox events to subscribers, at least once. A pass fans new events out into deliveries,
 * then sends every due delivery at once (a slow subscriber holds up no other, and never the API,
 * which only writes to the outbox), signed per Standard Webhooks. A failure is retried on the
 * {@link RetrySchedule}; a delivery still failing a day after its first attempt is DEAD and its
 * subscription is switched off, saying why. Deliveries are locked while they are sent, so two
 * replicas never make the same attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookStore store;
    private final WebhookConfig config;
    private final RetrySchedule retries;
    private final HttpClient http;
    private final Clock clock;

    public WebhookDispatcher(WebhookStore store, WebhookConfig config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.retries = new RetrySchedule(config.firstRetry(), config.longestRetry(), config.giveUpAfter());
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(
            identity = "webhook-dispatcher",
            every = "${revalign.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        while (fanOut() + deliver() > 0) {
            // until nothing is waiting
        }
    }

    /** Turns new outbox events into deliveries; returns how many events it took. */
    @Transactional
    public int fanOut() {
        return store.fanOut(config.batchSize());
    }

    /** Sends the deliveries that are due; returns how many it attempted. */
    @Transactional
    public int deliver() {
        Instant now = clock.instant();
        List<Due> due = store.claimDue(config.batchSize(), now);
        if (due.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Attempt>> sending = new ArrayList<>();
        for (Due delivery : due) {
            sending.add(send(delivery, now));
        }
        List<Attempt> attempts = sending.stream().map(CompletableFuture::join).toList();
        store.record(attempts);
        for (int i = 0; i < attempts.size(); i++) { // attempts are in the order of due
            Attempt attempt = attempts.get(i);
            if (Delivery.DEAD.equals(attempt.status())) {
                store.setActive(
                        due.get(i).subscriptionId(),
                        false,
                        "deliveries failed for " + config.giveUpAfter().toHours() + " hours (last: " + attempt.error()
                                + "); switched off at " + now);
            }
        }
        return due.size();
    }

    private CompletableFuture<Attempt> send(Due delivery, Instant now) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        String messageId = delivery.eventId().toString();
        String signature = WebhookSignature.sign(delivery.secret(), messageId, timestamp, body);
        if (delivery.previousSecret() != null
                && delivery.previousSecretUntil() != null
                && delivery.previousSecretUntil().isAfter(now)) {
            signature += " " + WebhookSignature.sign(delivery.previousSecret(), messageId, timestamp, body);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(failed(delivery, now, null, "invalid URL: " + e.getMessage(), 0));
        }
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            int latency = (int) ((System.nanoTime() - started) / 1_000_000);
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                return failed(
                        delivery, now, null, cause.getClass().getSimpleName() + ": " + cause.getMessage(), latency);
            }
            if (response.statusCode() / 100 == 2) {
                return new Attempt(
                        delivery.deliveryId(),
                        Delivery.DELIVERED,
                        firstAttempt(delivery, now),
                        null,
                        response.statusCode(),
                        null,
                        latency);
            }
            return failed(delivery, now, response.statusCode(), "HTTP " + response.statusCode(), latency);
        });
    }

    private Attempt failed(Due delivery, Instant now, Integer status, String error, int latency) {
        Instant first = firstAttempt(delivery, now);
        Optional<Instant> next = retries.next(delivery.attempts() + 1, first, now, () -> ThreadLocalRandom.current()
                .nextDouble());
        return new Attempt(
                delivery.deliveryId(),
                next.isPresent() ? Delivery.PENDING : Delivery.DEAD,
                first,
                next.orElse(null),
                status,
                error.length() > 500 ? error.substring(0, 500) : error,
                latency);
    }

    private static Instant firstAttempt(Due delivery, Instant now) {
        return delivery.firstAttemptAt() != null ? delivery.firstAttemptAt() : now;
    }
}
