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

    /** How often a request that is safe to repeat is retried after a connection failure, a 502 or a 503. */
    @WithDefault("2")
    int retries();

    /** The pause before the first retry; each further retry waits one more of it. */
    @WithDefault("100ms")
    Duration retryBackoff();

    /** The circuit breaker kept for each service. */
    Breaker breaker();

    /** When a service counts as failing, and how long the gateway then stops calling it. */
    interface Breaker {

        /** Failures (no connection, timeout, 502/503/504) within the window that open the circuit. */
        @WithDefault("5")
        int failures();

        /** The rolling window in which failures are counted. */
        @WithDefault("10s")
        Duration window();

        /** How long an open circuit answers 503 before one probing request is let through (half-open). */
        @WithDefault("10s")
        Duration openFor();
    }

    /** One upstream service. */
    interface Upstream {

        /** Base URL of the service, e.g. http://127.0.0.1:8081. */
        URI url();

        /** Path prefixes routed to the service, e.g. /api/leads; a prefix matches itself and what is below it. */
        List<String> prefixes();

        /** How long this service may stay silent before 504; the gateway's request-timeout when unset. */
        Optional<Duration> requestTimeout();

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
