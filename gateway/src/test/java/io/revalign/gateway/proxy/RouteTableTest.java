package io.revalign.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.gateway.config.GatewayConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(Map.of(
            "lead", upstream("/api/leads", "/api/qualification"),
            "bulk", upstream("/api/leads/bulk"),
            "skills", upstream("/api/skills")));

    @Test
    void thePrefixAndWhatIsBelowItGoToItsService() {
        assertEquals("lead", table.routeFor("/api/leads").orElseThrow().service());
        assertEquals("lead", table.routeFor("/api/leads/42").orElseThrow().service());
        assertEquals(
                "lead",
                table.routeFor("/api/qualification/definitions").orElseThrow().service());
        assertEquals("skills", table.routeFor("/api/skills/x").orElseThrow().service());
    }

    @Test
    void theLongestPrefixWins() {
        assertEquals("bulk", table.routeFor("/api/leads/bulk").orElseThrow().service());
        assertEquals("bulk", table.routeFor("/api/leads/bulk/7").orElseThrow().service());
        assertEquals("lead", table.routeFor("/api/leads/bulkish").orElseThrow().service());
    }

    @Test
    void aPathThatOnlyStartsLikeAPrefixIsNotRouted() {
        assertTrue(table.routeFor("/api/leadsx").isEmpty());
        assertTrue(table.routeFor("/api").isEmpty());
    }

    @Test
    void routesAreOrderedByService() {
        assertEquals(
                List.of("bulk", "lead", "skills"),
                table.routes().stream().map(RouteTable.Route::service).toList());
    }

    private static GatewayConfig.Upstream upstream(String... prefixes) {
        return new GatewayConfig.Upstream() {
            public URI url() {
                return URI.create("http://127.0.0.1:1");
            }

            public List<String> prefixes() {
                return List.of(prefixes);
            }

            public Optional<List<String>> publicPrefixes() {
                return Optional.empty();
            }

            public Optional<Duration> requestTimeout() {
                return Optional.empty();
            }

            public Optional<URI> managementUrl() {
                return Optional.empty();
            }

            public String openapiPath() {
                return "/q/openapi";
            }

            public String readinessPath() {
                return "/q/health/ready";
            }
        };
    }
}
