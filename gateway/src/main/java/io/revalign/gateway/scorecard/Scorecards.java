package io.revalign.gateway.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Composes the scorecard: asks the three services for their reports at once, each with a timeout and
 * with the caller's own token (so each service applies its own role rules), and answers with the
 * figures that came back and, for each that did not, the reason — a service down, slow, refusing
 * the caller, or without data yet.
 */
@ApplicationScoped
public class Scorecards {

    private static final List<ScorecardSources.Source> SOURCES =
            List.of(ScorecardSources.AGREEMENT, ScorecardSources.RESKILLING, ScorecardSources.ACCOUNTABLE);

    private final GatewayConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final HttpClient http;

    public Scorecards(GatewayConfig config, ObjectMapper mapper, Clock clock) {
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The scorecard as the holder of {@code authorization} (the request's Authorization header) may see it. */
    public Scorecard compose(String authorization) {
        List<CompletableFuture<Result>> asked = new ArrayList<>();
        for (ScorecardSources.Source source : SOURCES) {
            asked.add(ask(source, authorization));
        }
        List<Figure> figures = new ArrayList<>();
        List<Scorecard.Missing> missing = new ArrayList<>();
        for (CompletableFuture<Result> answer : asked) {
            Result result = answer.join();
            result.figure().ifPresent(figures::add);
            if (result.figure().isEmpty()) {
                missing.add(new Scorecard.Missing(
                        result.source().key(), result.source().service(), result.reason()));
            }
        }
        return new Scorecard(clock.instant(), figures, missing);
    }

    private record Result(ScorecardSources.Source source, Optional<Figure> figure, String reason) {}

    private CompletableFuture<Result> ask(ScorecardSources.Source source, String authorization) {
        GatewayConfig.Upstream upstream = config.services().get(source.service());
        if (upstream == null) {
            return CompletableFuture.completedFuture(
                    new Result(source, Optional.empty(), "no " + source.service() + " service is configured"));
        }
        Duration timeout = config.scorecardTimeout();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream.url() + source.path()))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String name = source.application();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> read(source, name, response))
                .exceptionally(error -> {
                    Throwable cause =
                            error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                    String reason = cause instanceof HttpTimeoutException
                            ? name + " did not answer within " + timeout.toMillis() + " ms"
                            : name + " cannot be reached";
                    return new Result(source, Optional.empty(), reason);
                });
    }

    private Result read(ScorecardSources.Source source, String name, HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            return new Result(
                    source,
                    Optional.empty(),
                    name + " answered " + response.statusCode() + " to GET " + source.path()
                            + (response.statusCode() == 403 ? " (your roles do not allow this report)" : ""));
        }
        try {
            JsonNode report = mapper.readTree(response.body());
            Optional<Figure> figure = source.reader().read(report);
            return new Result(source, figure, figure.isPresent() ? null : name + " has no data for this figure yet");
        } catch (IOException e) {
            return new Result(source, Optional.empty(), name + " answered with a body that is not a report");
        }
    }
}
