package io.revalign.common.webhooks;

import io.quarkus.scheduler.Scheduled;
import io.revalign.common.webhooks.WebhookStore.Attempt;
import io.revalign.common.webhooks.WebhookStore.Due;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;

/**
 * Delivers outbox events to subscribers, at least once. A pass fans new events out into deliveries,
 * then sends every due delivery at once (a slow subscriber holds up no other, and never the API,
 * which only writes to the outbox), signed per Standard Webhooks. A failure is retried on the
 * {@link RetrySchedule}; a delivery still failing a day after its first attempt is DEAD and its
 * subscription is switched off, saying why. Deliveries are locked while they are sent, so two
 * replicas never make the same attempt. Requests go out on Vert.x's HTTP client, which keeps up to
 * {@code connections-per-receiver} keep-alive connections open per receiver and reuses them from
 * delivery to delivery: the JDK client cost about 1 ms of CPU per delivery, six times as much.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookStore store;
    private final WebhookConfig config;
    private final RetrySchedule retries;
    private final Vertx vertx;
    private final HttpClient http;
    private final Clock clock;

    public WebhookDispatcher(WebhookStore store, WebhookConfig config, Clock clock, Vertx vertx) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.vertx = vertx;
        this.retries = new RetrySchedule(config.firstRetry(), config.longestRetry(), config.giveUpAfter());
        this.http = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setPipelining(false)
                        .setTryUseCompression(false),
                new PoolOptions().setHttp1MaxSize(config.connectionsPerReceiver()));
    }

    @PreDestroy
    void close() {
        http.close();
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
        RequestOptions options;
        try {
            options = new RequestOptions()
                    .setAbsoluteURI(delivery.url())
                    .setMethod(HttpMethod.POST)
                    .setFollowRedirects(false)
                    .setConnectTimeout(config.connectTimeout().toMillis())
                    .setIdleTimeout(config.timeout().toMillis())
                    .putHeader("Content-Type", "application/json")
                    .putHeader("webhook-id", messageId)
                    .putHeader("webhook-timestamp", Long.toString(timestamp))
                    .putHeader("webhook-signature", signature);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failed(delivery, now, null, "invalid URL: " + e.getMessage(), 0));
        }
        long started = System.nanoTime();
        CompletableFuture<Attempt> attempt = new CompletableFuture<>();
        http.request(options).compose(request -> exchange(request, body)).onComplete(answer -> {
            int latency = (int) ((System.nanoTime() - started) / 1_000_000);
            if (answer.failed()) {
                Throwable cause = answer.cause();
                attempt.complete(failed(
                        delivery, now, null, cause.getClass().getSimpleName() + ": " + cause.getMessage(), latency));
            } else if (answer.result() / 100 == 2) {
                attempt.complete(new Attempt(
                        delivery.deliveryId(),
                        Delivery.DELIVERED,
                        firstAttempt(delivery, now),
                        null,
                        answer.result(),
                        null,
                        latency));
            } else {
                attempt.complete(failed(delivery, now, answer.result(), "HTTP " + answer.result(), latency));
            }
        });
        return attempt;
    }

    /**
     * Sends the body and reads the answer to its end (its body discarded, so the connection goes back
     * to the pool); the answer's status, or a failure when it has not fully come within the timeout.
     */
    private Future<Integer> exchange(HttpClientRequest request, byte[] body) {
        long deadline = vertx.setTimer(
                config.timeout().toMillis(),
                fired -> request.reset(0, new TimeoutException("no answer within " + config.timeout())));
        return request.send(Buffer.buffer(body))
                .compose(response -> {
                    response.handler(ignored -> {});
                    return response.end().map(done -> response.statusCode());
                })
                .onComplete(done -> vertx.cancelTimer(deadline));
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
