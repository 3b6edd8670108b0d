package io.revalign.gateway.health;

import io.revalign.gateway.config.GatewayConfig;
import io.revalign.gateway.proxy.UpstreamClient;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Asks each upstream service whether it is ready. */
@ApplicationScoped
public class UpstreamProbe {

    private static final long PROBE_TIMEOUT_MS = 2000;

    private final GatewayConfig config;
    private final UpstreamClient upstreams;

    public UpstreamProbe(GatewayConfig config, UpstreamClient upstreams) {
        this.config = config;
        this.upstreams = upstreams;
    }

    /** Service name → ready, for every configured service, probed in parallel. */
    public Uni<Map<String, Boolean>> readiness() {
        List<String> names = new ArrayList<>(config.services().keySet());
        List<Uni<Boolean>> probes =
                names.stream().map(name -> probe(config.services().get(name))).toList();
        return Uni.join().all(probes).andFailFast().map(results -> {
            Map<String, Boolean> ready = new TreeMap<>();
            for (int i = 0; i < names.size(); i++) {
                ready.put(names.get(i), results.get(i));
            }
            return ready;
        });
    }

    private Uni<Boolean> probe(GatewayConfig.Upstream upstream) {
        Future<Boolean> ready = upstreams
                .client()
                .request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setHost(upstream.url().getHost())
                        .setPort(upstream.port())
                        .setURI(upstream.readinessPath())
                        .setTimeout(PROBE_TIMEOUT_MS))
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> response.statusCode() == 200));
        return Uni.createFrom()
                .completionStage(ready.toCompletionStage())
                .onFailure()
                .recoverWithItem(false);
    }
}
