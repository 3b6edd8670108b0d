package io.revalign.gateway.health;

import io.revalign.gateway.config.GatewayConfig;
import io.revalign.gateway.proxy.RouteTable;
import io.revalign.gateway.proxy.UpstreamClient;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Asks each upstream service whether it is ready; one round of answers is reused for
 * {@code revalign.gateway.probe-interval}, so health checks and the route list do not hammer the services.
 */
@ApplicationScoped
public class UpstreamProbe {

    private final RouteTable table;
    private final UpstreamClient upstreams;
    private final long timeoutMillis;
    private final Uni<Map<String, Boolean>> latest;

    public UpstreamProbe(GatewayConfig config, RouteTable table, UpstreamClient upstreams) {
        this.table = table;
        this.upstreams = upstreams;
        this.timeoutMillis = config.probeTimeout().toMillis();
        this.latest = Uni.createFrom().deferred(this::probeAll).memoize().atLeast(config.probeInterval());
    }

    /** Service name → ready, for every configured service, at most one probe interval old. */
    public Uni<Map<String, Boolean>> readiness() {
        return latest;
    }

    private Uni<Map<String, Boolean>> probeAll() {
        List<RouteTable.Route> routes = table.routes();
        List<Uni<Boolean>> probes =
                routes.stream().map(route -> probe(route.upstream())).toList();
        return Uni.join().all(probes).andFailFast().map(results -> {
            Map<String, Boolean> ready = new TreeMap<>();
            for (int i = 0; i < routes.size(); i++) {
                ready.put(routes.get(i).service(), results.get(i));
            }
            return ready;
        });
    }

    private Uni<Boolean> probe(GatewayConfig.Upstream upstream) {
        Future<Boolean> ready = upstreams
                .client()
                .request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setHost(upstream.management().getHost())
                        .setPort(upstream.managementPort())
                        .setURI(upstream.readinessPath())
                        .setTimeout(timeoutMillis))
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> response.statusCode() == 200));
        return Uni.createFrom()
                .completionStage(ready.toCompletionStage())
                .onFailure()
                .recoverWithItem(false);
    }
}
