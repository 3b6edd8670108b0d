package io.revalign.gateway.proxy;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemJson;
import io.revalign.common.problem.ProblemType;
import io.revalign.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyOptions;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Routes each configured path prefix to its service with Vert.x's reverse proxy, and serves each
 * service's OpenAPI document at {@code /openapi/NAME} for the Swagger UI. The proxy forwards every
 * header (Authorization included), adds X-Forwarded-* and X-Request-Id, and turns an unreachable or
 * silent service into a 502 or 504 problem instead of a hang.
 */
@ApplicationScoped
public class ProxyRoutes {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final GatewayConfig config;
    private final UpstreamClient upstreams;
    private final ProblemJson problems;

    public ProxyRoutes(GatewayConfig config, UpstreamClient upstreams, ProblemJson problems) {
        this.config = config;
        this.upstreams = upstreams;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        for (Map.Entry<String, GatewayConfig.Upstream> service :
                config.services().entrySet()) {
            GatewayConfig.Upstream upstream = service.getValue();
            HttpProxy api = proxyTo(service.getKey(), upstream, null);
            for (String prefix : upstream.prefixes()) {
                router.route(prefix).handler(rc -> forwardAuthenticated(rc, api));
                router.route(prefix + "/*").handler(rc -> forwardAuthenticated(rc, api));
            }
            HttpProxy docs = proxyTo(service.getKey(), upstream, upstream.openapiPath() + "?format=json");
            router.get("/openapi/" + service.getKey()).handler(rc -> docs.handle(rc.request()));
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

    private HttpProxy proxyTo(String name, GatewayConfig.Upstream upstream, String fixedPath) {
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
        proxy.addInterceptor(new Forwarding(name, fixedPath));
        return proxy;
    }

    /** Adds the forwarding headers and the request id, and answers for an upstream that fails. */
    private final class Forwarding implements ProxyInterceptor {

        private final String service;
        private final String fixedPath;

        Forwarding(String service, String fixedPath) {
            this.service = service;
            this.fixedPath = fixedPath;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            String requestId = incoming.getHeader(REQUEST_ID);
            if (requestId == null || requestId.isBlank() || requestId.length() > 200) {
                requestId = UUID.randomUUID().toString();
            }
            context.set(REQUEST_ID, requestId);
            var headers = context.request().headers();
            headers.set(REQUEST_ID, requestId);
            if (incoming.authority() != null) { // absent only for HTTP/1.0 clients that send no Host
                headers.set("X-Forwarded-Host", incoming.authority().toString());
            }
            headers.set("X-Forwarded-Proto", incoming.scheme());
            headers.set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
            if (fixedPath != null) {
                context.request().setURI(fixedPath);
            }
            return context.sendRequest()
                    .recover(failure -> Future.succeededFuture(problem(context, failure, incoming.path())));
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            context.response().putHeader(REQUEST_ID, context.get(REQUEST_ID, String.class));
            return context.sendResponse();
        }

        private ProxyResponse problem(ProxyContext context, Throwable failure, String path) {
            boolean timedOut = failure instanceof TimeoutException
                    || failure.getClass().getSimpleName().contains("Timeout");
            ProblemType type = timedOut ? ProblemType.GATEWAY_TIMEOUT : ProblemType.BAD_GATEWAY;
            LOG.warnf("%s for %s: %s is unreachable (%s)", type.status(), path, service, failure.toString());
            String detail = timedOut
                    ? "The " + service + " service did not answer in time"
                    : "The " + service + " service cannot be reached; try again shortly";
            Buffer body = Buffer.buffer(problems.write(Problem.of(type, detail, path)));
            ProxyResponse response = context.request().response().setStatusCode(type.status());
            response.headers().clear();
            response.putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Retry-After", "5");
            return response.setBody(Body.body(body));
        }
    }
}
