package io.revalign.gateway.proxy;

import io.revalign.gateway.config.GatewayConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the gateway tells a service about the request it forwards: a request id (the client's if it
 * sent a sane one) and X-Forwarded-* written by the gateway alone. Whatever a client sent in
 * X-Forwarded-* or Forwarded is dropped, so no client can choose the host a service puts in a
 * Location or the address it logs.
 */
public final class Forwarding {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,200}");
    private static final List<String> CLIENT_FORWARDING = List.of(
            "Forwarded",
            "X-Forwarded-Host",
            "X-Forwarded-Proto",
            "X-Forwarded-For",
            "X-Forwarded-Port",
            "X-Forwarded-Prefix",
            "X-Forwarded-Server",
            "X-Real-IP");

    private final Optional<URI> publicUrl;

    public Forwarding(GatewayConfig config) {
        this.publicUrl = config.publicUrl();
    }

    /** The client's X-Request-Id when it is short and plain, a new UUID otherwise. */
    public static String requestId(HttpServerRequest incoming) {
        String sent = incoming.getHeader(REQUEST_ID);
        return sent != null && SANE_REQUEST_ID.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString();
    }

    /** Rewrites the headers going to the service: the request id and the gateway's own X-Forwarded-*. */
    public void apply(HttpServerRequest incoming, MultiMap headers, String requestId) {
        CLIENT_FORWARDING.forEach(headers::remove);
        headers.set(REQUEST_ID, requestId);
        headers.set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
        if (publicUrl.isPresent()) {
            URI url = publicUrl.get();
            String proto = url.getScheme();
            int port = url.getPort() != -1 ? url.getPort() : defaultPort(proto);
            headers.set("X-Forwarded-Proto", proto);
            headers.set("X-Forwarded-Host", url.getHost() + (url.getPort() != -1 ? ":" + url.getPort() : ""));
            headers.set("X-Forwarded-Port", Integer.toString(port));
            return;
        }
        String proto = incoming.scheme();
        headers.set("X-Forwarded-Proto", proto);
        HostAndPort authority = incoming.authority();
        if (authority != null) { // absent only for HTTP/1.0 clients that send no Host
            headers.set("X-Forwarded-Host", authority.toString());
            headers.set(
                    "X-Forwarded-Port", Integer.toString(authority.port() > 0 ? authority.port() : defaultPort(proto)));
        } else {
            headers.set(
                    "X-Forwarded-Port", Integer.toString(incoming.localAddress().port()));
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}
