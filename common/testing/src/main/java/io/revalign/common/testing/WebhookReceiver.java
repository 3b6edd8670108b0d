package io.revalign.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook subscriber on localhost for tests: keeps every delivery it gets with its headers and
 * answers each with the status it is told (204 until then). A delivery is checked with the Standard
 * Webhooks authors' own verifier, never with RevAlign's signer.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One delivery as it arrived. */
    public record Delivery(Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return HttpHeaders.of(headers, (n, v) -> true).firstValue(name).orElse(null);
        }

        public String id() {
            return header("webhook-id");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String type() {
            return json().path("type").asText();
        }

        /** Throws unless one of the delivery's signatures matches the secret and its timestamp is fresh. */
        public void verify(String secret) throws Exception {
            new Webhook(secret).verify(body, HttpHeaders.of(headers, (n, v) -> true));
        }

        /** Whether {@link #verify} accepts it. */
        public boolean verifies(String secret) {
            try {
                verify(secret);
                return true;
            } catch (Exception e) {
                return false;
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger status = new AtomicInteger(204);

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            deliveries.add(
                    new Delivery(Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    /** A receiver listening on a free port of localhost. */
    public static WebhookReceiver start() throws IOException {
        return new WebhookReceiver();
    }

    /** The URL to subscribe. */
    public String url() {
        return "http://localhost:" + port() + "/hook";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** What every later delivery is answered with. */
    public void answer(int httpStatus) {
        status.set(httpStatus);
    }

    /** The deliveries so far, oldest first. */
    public List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    /** The deliveries so far whose {@code data.<field>} is {@code value}, oldest first. */
    public List<Delivery> about(String field, String value) {
        return deliveries().stream()
                .filter(d -> value.equals(d.json().path("data").path(field).asText()))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
