package io.revalign.gateway.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemJson;
import io.revalign.gateway.config.GatewayConfig;
import io.revalign.gateway.proxy.RouteTable;
import io.revalign.gateway.proxy.UpstreamClient;
import io.revalign.gateway.proxy.UpstreamFailures;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.List;

/**
 * Serves each service's contract at {@code /openapi/NAME} as integrators see it through the gateway:
 * servers at the gateway, and every operation documenting the gateway's own answers (429 with the
 * RateLimit-* headers, 502, 503, 504).
 */
@ApplicationScoped
public class ServiceContracts {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final RouteTable table;
    private final UpstreamClient upstreams;
    private final UpstreamFailures failures;
    private final ProblemJson problems;
    private final ObjectMapper json;
    private final GatewayConfig config;

    public ServiceContracts(
            RouteTable table,
            UpstreamClient upstreams,
            UpstreamFailures failures,
            ProblemJson problems,
            ObjectMapper json,
            GatewayConfig config) {
        this.table = table;
        this.upstreams = upstreams;
        this.failures = failures;
        this.problems = problems;
        this.json = json;
        this.config = config;
    }

    void install(@Observes Router router) {
        for (RouteTable.Route route : table.routes()) {
            router.get("/openapi/" + route.service()).handler(rc -> serve(rc, route));
        }
    }

    private void serve(RoutingContext rc, RouteTable.Route route) {
        GatewayConfig.Upstream upstream = route.upstream();
        upstreams
                .client()
                .request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setHost(upstream.management().getHost())
                        .setPort(upstream.managementPort())
                        .setURI(upstream.openapiPath() + "?format=json")
                        .putHeader("Accept", "application/json")
                        .setIdleTimeout(config.requestTimeout().toMillis()))
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture(new IOException("the contract answered " + response.statusCode())))
                .onComplete(result -> {
                    if (result.failed()) {
                        problems.send(
                                rc,
                                failures.problemFor(
                                        route.service(),
                                        result.cause(),
                                        rc.request().path()));
                        return;
                    }
                    try {
                        rc.response()
                                .putHeader("Content-Type", "application/json")
                                .end(Buffer.buffer(json.writeValueAsBytes(withEdgeResponses(
                                        json.readTree(result.result().getBytes())))));
                    } catch (IOException e) {
                        problems.send(
                                rc,
                                failures.problemFor(
                                        route.service(), e, rc.request().path()));
                    }
                });
    }

    /** The document with servers at the gateway and the gateway's answers on every operation. */
    JsonNode withEdgeResponses(JsonNode document) {
        if (!(document instanceof ObjectNode root)) {
            return document;
        }
        root.putArray("servers").addObject().put("url", "/").put("description", "The RevAlign gateway");
        JsonNode paths = root.path("paths");
        paths.forEach(item -> METHODS.forEach(method -> {
            if (item.get(method) instanceof ObjectNode operation) {
                ObjectNode responses = operation.has("responses")
                        ? (ObjectNode) operation.get("responses")
                        : operation.putObject("responses");
                for (EdgeResponses.Edge edge : EdgeResponses.ALL) {
                    if (!responses.has(edge.status())) {
                        responses.set(edge.status(), response(edge));
                    }
                }
            }
        }));
        return root;
    }

    private ObjectNode response(EdgeResponses.Edge edge) {
        ObjectNode response = json.createObjectNode().put("description", edge.description());
        ObjectNode headers = response.putObject("headers");
        headers.set(EdgeResponses.RETRY_AFTER, header(EdgeResponses.RETRY_AFTER_DESCRIPTION, "integer"));
        if (edge.rateLimited()) {
            EdgeResponses.RATE_LIMIT_HEADERS.forEach((name, description) ->
                    headers.set(name, header(description, "RateLimit-Policy".equals(name) ? "string" : "integer")));
        }
        ObjectNode media = response.putObject("content").putObject(Problem.MEDIA_TYPE);
        media.putObject("schema").put("$ref", "#/components/schemas/Problem");
        try {
            media.putObject("examples").putObject("problem").set("value", json.readTree(edge.example()));
        } catch (IOException e) {
            throw new IllegalStateException("Edge examples are JSON", e);
        }
        return response;
    }

    private ObjectNode header(String description, String type) {
        ObjectNode header = json.createObjectNode().put("description", description);
        header.putObject("schema").put("type", type);
        return header;
    }
}
