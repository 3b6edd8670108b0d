package io.revalign.gateway.proxy;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemJson;
import io.revalign.common.problem.ProblemType;
import io.revalign.gateway.config.GatewayConfig;
import io.revalign.gateway.limits.ChunkedBodies;
import io.vertx.core.Vertx;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Installs the route table on the HTTP router: each prefix goes to its service through Vert.x's
 * reverse proxy (the contracts at {@code /openapi/NAME} are {@code ServiceContracts}'). Each call is an {@link UpstreamCall}: {@link Forwarding} says what the service hears,
 * {@link UpstreamGuards} holds the breaker, timeout and retry rules, {@link UpstreamFailures} what the
 * client hears when the service fails.
 */
@ApplicationScoped
public class ProxyRoutes {

    public static final String REQUEST_ID = Forwarding.REQUEST_ID;

    private final RouteTable table;
    private final UpstreamClient upstreams;
    private final UpstreamFailures failures;
    private final ProblemJson problems;
    private final Forwarding forwarding;
    private final UpstreamGuards guards;
    private final Vertx vertx;
    private final long maxReplayableBody;
    private final MeterRegistry registry;

    public ProxyRoutes(
            GatewayConfig config,
            RouteTable table,
            UpstreamClient upstreams,
            UpstreamFailures failures,
            UpstreamGuards guards,
            ProblemJson problems,
            Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            MeterRegistry registry) {
        this.registry = registry;
        this.guards = guards;
        this.vertx = vertx;
        this.maxReplayableBody = maxBodySize.asLongValue();
        this.table = table;
        this.upstreams = upstreams;
        this.failures = failures;
        this.problems = problems;
        this.forwarding = new Forwarding(config);
    }

    void install(@Observes Router router) {
        for (RouteTable.Route route : table.routes()) {
            HttpProxy api = proxyTo(route);
            for (String prefix : route.publicPrefixes()) { // before the prefixes that need a token
                router.route(prefix).handler(rc -> api.handle(rc.request()));
                router.route(prefix + "/*").handler(rc -> api.handle(rc.request()));
            }
            for (String prefix : route.prefixes()) {
                router.route(prefix).handler(rc -> forwardAuthenticated(rc, api));
                router.route(prefix + "/*").handler(rc -> forwardAuthenticated(rc, api));
            }
        }
    }

    /**
     * Forwards only requests whose bearer token verified (bad tokens already failed authentication);
     * a request without a token gets its 401 problem here and never reaches the service.
     */
    private void forwardAuthenticated(RoutingContext rc, HttpProxy proxy) {
        if (rc.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            proxy.handle(ChunkedBodies.forwarded(rc));
        } else {
            problems.send(rc, Problem.of(ProblemType.UNAUTHORIZED, rc.request().path()));
        }
    }

    private HttpProxy proxyTo(RouteTable.Route route) {
        GatewayConfig.Upstream upstream = route.upstream();
        String host = upstream.url().getHost();
        int port = upstream.port();
        SocketAddress origin = SocketAddress.inetSocketAddress(port, host);
        long timeout = guards.timeout(upstream).toMillis();
        HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions(), upstreams.client());
        proxy.originRequestProvider((request, client) -> client.request(new RequestOptions()
                .setServer(origin)
                .setHost(host)
                .setPort(port)
                .setIdleTimeout(timeout)));
        proxy.addInterceptor(
                new UpstreamCall(route.service(), forwarding, failures, guards, vertx, maxReplayableBody, registry));
        return proxy;
    }
}
