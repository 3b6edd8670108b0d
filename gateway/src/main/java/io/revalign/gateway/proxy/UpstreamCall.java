package io.revalign.gateway.proxy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemType;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One call to a service through the proxy: the forwarding headers on the way in; the service's
 * circuit breaker around it; retries for requests that are safe to repeat; the request id and, when
 * the service fails, a problem on the way out.
 */
final class UpstreamCall implements ProxyInterceptor {

    private static final String REQUEST_ID = Forwarding.REQUEST_ID;
    private static final long RETRY_AFTER_SECONDS = 5;

    private final String service;
    private final Forwarding forwarding;
    private final UpstreamFailures failures;
    private final UpstreamGuards guards;
    private final Vertx vertx;
    private final long maxReplayableBody;
    private final MeterRegistry registry;
    private final java.util.Map<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    UpstreamCall(
            String service,
            Forwarding forwarding,
            UpstreamFailures failures,
            UpstreamGuards guards,
            Vertx vertx,
            long maxReplayableBody,
            MeterRegistry registry) {
        this.service = service;
        this.forwarding = forwarding;
        this.failures = failures;
        this.guards = guards;
        this.vertx = vertx;
        this.maxReplayableBody = maxReplayableBody;
        this.registry = registry;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        long start = System.nanoTime();
        return call(context).onComplete(result -> {
            String outcome = result.succeeded() ? outcome(result.result().getStatusCode()) : "error";
            timers.computeIfAbsent(outcome, key -> Timer.builder("gateway.upstream.requests")
                            .description("Calls to each upstream service, by outcome")
                            .tag("service", service)
                            .tag("outcome", outcome)
                            .register(registry))
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        });
    }

    private static String outcome(int status) {
        return status / 100 + "xx";
    }

    private Future<ProxyResponse> call(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        String requestId = Forwarding.requestId(incoming);
        forwarding.apply(incoming, context.request().headers(), requestId);
        CircuitBreaker breaker = guards.breaker(service);
        if (breaker.state() == CircuitBreakerState.OPEN) {
            return Future.succeededFuture(circuitOpen(context, incoming.path()));
        }
        Long replayable =
                guards.retries() > 0 && UpstreamGuards.repeatable(incoming) ? replayableLength(incoming) : null;
        Future<Buffer> body = replayable == null
                ? Future.succeededFuture()
                : replayable == 0
                        ? Future.succeededFuture(Buffer.buffer())
                        : read(context.request().getBody());
        AtomicReference<ProxyResponse> failingResponse = new AtomicReference<>();
        return body.compose(buffered -> breaker.<ProxyResponse>execute(
                        promise -> attempt(context, buffered, buffered == null ? 0 : guards.retries(), 1)
                                .onComplete(result -> {
                                    if (result.failed()) {
                                        promise.fail(result.cause());
                                    } else if (UpstreamGuards.failingStatus(
                                            result.result().getStatusCode())) {
                                        // The service's own 502/503/504 goes to the client as it is, and counts.
                                        failingResponse.set(result.result());
                                        promise.fail("upstream answered "
                                                + result.result().getStatusCode());
                                    } else {
                                        promise.complete(result.result());
                                    }
                                })))
                .recover(failure -> {
                    if (failingResponse.get() != null) {
                        return Future.succeededFuture(failingResponse.get());
                    }
                    if (failure instanceof OpenCircuitException) {
                        return Future.succeededFuture(circuitOpen(context, incoming.path()));
                    }
                    Problem problem = failures.problemFor(service, failure, incoming.path());
                    return Future.succeededFuture(failures.respond(context.request(), problem, RETRY_AFTER_SECONDS));
                });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // The gateway's answer already carries the request id (EdgeObservability); a service echoing it
        // must not make it appear twice.
        context.response().headers().remove(REQUEST_ID);
        return context.sendResponse();
    }

    /** Sends the request; a connection failure, 502 or 503 is retried while attempts are left. */
    private Future<ProxyResponse> attempt(ProxyContext context, Buffer body, int retriesLeft, int attempt) {
        if (body != null) {
            context.request().setBody(Body.body(body));
        }
        return context.sendRequest().transform(result -> {
            boolean again = retriesLeft > 0
                    && (result.failed()
                            ? !UpstreamFailures.timedOut(result.cause())
                            : UpstreamGuards.retryableStatus(result.result().getStatusCode()));
            if (!again) {
                return result.failed() ? Future.failedFuture(result.cause()) : Future.succeededFuture(result.result());
            }
            if (result.succeeded()) {
                result.result().release();
            }
            Promise<Void> pause = Promise.promise();
            vertx.setTimer(guards.retryBackoff().toMillis() * attempt, ignored -> pause.complete());
            return pause.future().compose(ignored -> attempt(context, body, retriesLeft - 1, attempt + 1));
        });
    }

    /**
     * The body's length when it can be held for a retry: 0 for a request without one, its
     * Content-Length when that is within the limit; {@code null} (no retry) for a streamed body.
     */
    private Long replayableLength(HttpServerRequest incoming) {
        String length = incoming.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return incoming.headers().contains(HttpHeaders.TRANSFER_ENCODING) ? null : 0L;
        }
        if (length.isEmpty() || length.length() > 18 || !length.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long bytes = Long.parseLong(length);
        return bytes <= maxReplayableBody ? bytes : null;
    }

    private static Future<Buffer> read(Body body) {
        Promise<Buffer> read = Promise.promise();
        Buffer collected = Buffer.buffer();
        ReadStream<Buffer> stream = body.stream();
        stream.exceptionHandler(read::tryFail);
        stream.endHandler(ignored -> read.tryComplete(collected));
        stream.handler(collected::appendBuffer);
        stream.resume();
        return read.future();
    }

    private ProxyResponse circuitOpen(ProxyContext context, String path) {
        long wait = guards.secondsUntilHalfOpen(service);
        Problem problem = Problem.of(
                ProblemType.SERVICE_UNAVAILABLE,
                "The " + service + " service is failing; the gateway stops calling it for about " + wait
                        + " s and then tries again",
                path);
        return failures.respond(context.request(), problem, wait);
    }
}
