package io.revalign.gateway.proxy;

import io.revalign.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** The pooled HTTP client the gateway uses for every upstream call. */
@ApplicationScoped
public class UpstreamClient {

    private final HttpClient client;

    public UpstreamClient(Vertx vertx, GatewayConfig config) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setTcpNoDelay(true);
        this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(64));
    }

    public HttpClient client() {
        return client;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
