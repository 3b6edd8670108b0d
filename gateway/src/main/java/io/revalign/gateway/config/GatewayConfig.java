package io.revalign.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
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

    /** How long the scorecard waits for each service's figure before naming it missing. */
    @WithDefault("2s")
    Duration scorecardTimeout();

    /** How often a request that is safe to repeat is retried after a connection failure, a 502 or a 503. */
    @WithDefault("2")
    int retries();

    /** The pause before the first retry; each further retry waits one more of it. */
    @WithDefault("100ms")
    Duration retryBackoff();

    /**
     * Route groups by name, each with its own rate limit and body-size limit; the group named
     * {@code default} takes every path that no other group's patterns match.
     */
    Map<String, RouteGroup> routeGroups();

    /** Where rate-limit buckets are kept. */
    RateLimit rateLimit();

    /** A set of paths that share a rate limit and a body-size limit. */
    interface RouteGroup {

        /**
         * Path patterns of the group: a pattern matches a path that starts with its segments, and
         * {@code *} stands for any one segment (e.g. /api/{@literal *}/bulk). Unused for the default group.
         */
        Optional<List<String>> paths();

        /** Requests one client may send to the group per period (the bucket also holds this many). */
        @WithDefault("1200")
        long requests();

        /** The period over which {@link #requests()} refill. */
        @WithDefault("1m")
        Duration period();

        /** The largest request body the group accepts. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    /** The rate limiter's store: Redis shared by every replica, or memory for a single one. */
    interface RateLimit {

        /** Whether requests are rate limited at all. */
        @WithDefault("true")
        boolean enabled();

        /** Redis holding the buckets, e.g. redis://127.0.0.1:6379; unset or unreachable at start → memory. */
        Optional<String> redisUrl();

        /** Prefix of every bucket's Redis key. */
        @WithDefault("revalign:ratelimit:")
        String keyPrefix();

        /** How long one Redis call may take; past it the request is counted in memory instead. */
        @WithDefault("500ms")
        Duration redisTimeout();
    }

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

        /**
         * Paths of this service forwarded without a bearer token, because the service authenticates them
         * itself (signed webhooks such as HubSpot's); each also matches what is below it.
         */
        Optional<List<String>> publicPrefixes();

        /** How long this service may stay silent before 504; the gateway's request-timeout when unset. */
        Optional<Duration> requestTimeout();

        /**
         * Base URL of the service's management interface, where the gateway asks for its readiness and its
         * contract (e.g. http://127.0.0.1:9081); {@link #url()} when unset (a service without one).
         */
        Optional<URI> managementUrl();

        /** Where the service serves its OpenAPI document, on its management interface. */
        @WithDefault("/q/openapi")
        String openapiPath();

        /** Where the service answers its readiness, on its management interface. */
        @WithDefault("/q/health/ready")
        String readinessPath();

        /** The port of {@link #url()}, with the scheme's default when the URL names none. */
        default int port() {
            return portOf(url());
        }

        /** The management interface's base URL: {@link #managementUrl()}, else {@link #url()}. */
        default URI management() {
            return managementUrl().orElse(url());
        }

        /** The port of {@link #management()}, with the scheme's default when the URL names none. */
        default int managementPort() {
            return portOf(management());
        }

        private static int portOf(URI url) {
            return url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        }
    }
}
