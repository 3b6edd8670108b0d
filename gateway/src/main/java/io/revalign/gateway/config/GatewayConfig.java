package io.revalign.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
