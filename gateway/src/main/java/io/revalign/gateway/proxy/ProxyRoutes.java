package io.revalign.gateway.proxy;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemJson;
import io.revalign.common.problem.ProblemType;
import io.revalign.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyOptions;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Installs the route table on the HTTP router: each prefix goes to its service through Vert.x's
 * reverse proxy, and each service's OpenAPI document is served at {@code /openapi/NAME} for the
 * Swagger UI. What is said to the service is {@link Forwarding}'s job; what the client hears when
 * the service fails is {@link UpstreamFailures}'.
 */
@ApplicationScoped
public class ProxyRoutes {

    public static final String REQUEST_ID = Forwarding.REQUEST_ID;
    private static final long RETRY_AFTER_SECONDS = 5;

    private final GatewayConfig config;
    private final RouteTable table;
    private final UpstreamClient upstreams;
    private final UpstreamFailures failures;
    private final ProblemJson problems;
    private final Forwarding forwarding;

    public ProxyRoutes(
            GatewayConfig config,
            RouteTable table,
            UpstreamClient upstreams,
            UpstreamFailures failures,
            ProblemJson problems) {
        this.config = config;
        this.table = table;
        this.upstreams = upstreams;
        this.failures = failures;
        this.problems = problems;
        this.forwarding = new Forwarding(config);
    }

    void install(@Observes Router router) {
        for (RouteTable.Route route : table.routes()) {
            HttpProxy api = proxyTo(route, null);
            for (String prefix : route.prefixes()) {
                router.route(prefix).handler(rc -> forwardAuthenticated(rc, api));
                router.route(prefix + "/*").handler(rc -> forwardAuthenticated(rc, api));
            }
            HttpProxy docs = proxyTo(route, route.upstream().openapiPath() + "?format=json");
            router.get("/openapi/" + route.service()).handler(rc -> docs.handle(rc.request()));
        }
    }

    /**
     * Forwards only requests whose bearer token verified (bad tokens already failed authentication);
     * a request without a token gets its 401 problem here and never reaches the service.
     */
    private void forwardAuthenticated(RoutingContext rc, HttpProxy proxy) {
        if (rc.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            proxy.handle(rc.request());
        } else {
            problems.send(rc, Problem.of(ProblemType.UNAUTHORIZED, rc.request().path()));
        }
    }

    private HttpProxy proxyTo(RouteTable.Route route, String fixedPath) {
        GatewayConfig.Upstream upstream = route.upstream();
        String host = upstream.url().getHost();
        int port = upstream.port();
        SocketAddress origin = SocketAddress.inetSocketAddress(port, host);
        long timeout = config.requestTimeout().toMillis();
        HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions(), upstreams.client());
        proxy.originRequestProvider((request, client) -> client.request(new RequestOptions()
                .setServer(origin)
                .setHost(host)
                .setPort(port)
                .setIdleTimeout(timeout)));
        proxy.addInterceptor(new UpstreamCall(route.service(), fixedPath));
        return proxy;
    }

    /** One call to a service: forwarding headers on the way in, the request id and failures on the way out. */
    private final class UpstreamCall implements ProxyInterceptor {

        private final String service;
        private final String fixedPath;

        UpstreamCall(String service, String fixedPath) {
            this.service = service;
            this.fixedPath = fixedPath;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            String requestId = Forwarding.requestId(incoming);
            context.set(REQUEST_ID, requestId);
            forwarding.apply(incoming, context.request().headers(), requestId);
            if (fixedPath != null) {
                context.request().setURI(fixedPath);
            }
            return context.sendRequest()
                    .recover(failure -> Future.succeededFuture(failures.respond(
                            context.request(),
                            failures.problemFor(service, failure, incoming.path()),
                            RETRY_AFTER_SECONDS)));
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            context.response().putHeader(REQUEST_ID, context.get(REQUEST_ID, String.class));
            return context.sendResponse();
        }
    }
}
