package io.revalign.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A client as an integrator's: bearer token (none when null), JSON, a deadline on every request. */
final class Http {

    /** What came back, or -1 with the failure when nothing did (refused, reset, timed out). */
    record Answer(int status, String contentType, String body, Duration took, Exception failure, HttpHeaders headers) {

        String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }

        boolean success() {
            return status >= 200 && status < 300;
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status == -1 ? "no answer (" + failure + ")" : status + " " + contentType + " " + body;
        }
    }

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String token;
    private final Duration deadline;

    Http(String token, Duration deadline) {
        this.token = token;
        this.deadline = deadline;
    }

    Answer get(String url) {
        return send(request(url).GET().build());
    }

    /** A GET accepting anything (Prometheus text, HTML), not only JSON. */
    Answer getAny(String url) {
        return send(request(url).setHeader("Accept", "*/*").GET().build());
    }

    Answer post(String url, String json) {
        return post(url, json, Map.of());
    }

    Answer post(String url, String json, Map<String, String> headers) {
        HttpRequest.Builder request =
                request(url).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build());
    }

    Answer put(String url, String json) {
        return send(request(url)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(deadline).header("Accept", "application/json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body(),
                    Duration.ofNanos(System.nanoTime() - start),
                    null,
                    response.headers());
        } catch (IOException e) {
            return new Answer(-1, null, null, Duration.ofNanos(System.nanoTime() - start), e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, null, Duration.ofNanos(System.nanoTime() - start), e, null);
        }
    }
}
