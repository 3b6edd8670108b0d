package io.revalign.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The routing table and the limits of the gateway. */
@ConfigMapping(prefix = "revalign.gateway")
public interface GatewayConfig {

    /** The upstream services by name (lead, skills, governance): where they are and what they serve. */
    Map<String, Upstream> services();

    /** How long to wait for an upstream to accept a connection before answering 502. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long an upstream may stay silent on a request before the gateway answers 504. */
    @WithDefault("30s")
    Duration requestTimeout();

    /**
     * The gateway's public address as clients see it (e.g. https://api.revalign.example); when set,
     * X-Forwarded-Host/-Proto/-Port come from it instead of from the request's Host header.
     */
    Optional<URI> publicUrl();

    /** How long one round of upstream readiness probes is reused before the services are asked again. */
    @WithDefault("5s")
    Duration probeInterval();

    /** How long one readiness probe may take before its service counts as not ready. */
    @WithDefault("2s")
    Duration probeTimeout();

    /** One upstream service. */
    interface Upstream {

        /** Base URL of the service, e.g. http://127.0.0.1:8081. */
        URI url();

        /** Path prefixes routed to the service, e.g. /api/leads; a prefix matches itself and what is below it. */
        List<String> prefixes();

        /** Where the service serves its OpenAPI document. */
        @WithDefault("/q/openapi")
        String openapiPath();

        /** Where the service answers its readiness. */
        @WithDefault("/q/health/ready")
        String readinessPath();

        /** The port of {@link #url()}, with the scheme's default when the URL names none. */
        default int port() {
            return url().getPort() != -1 ? url().getPort() : "https".equals(url().getScheme()) ? 443 : 80;
        }
    }
}
