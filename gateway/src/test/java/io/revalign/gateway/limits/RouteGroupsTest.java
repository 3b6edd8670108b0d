package io.revalign.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.runtime.configuration.MemorySize;
import io.revalign.gateway.config.GatewayConfig;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteGroupsTest {

    private final RouteGroups groups = new RouteGroups(Map.of(
            "default", group(1200, List.of()),
            "bulk", group(60, List.of("/api/*/bulk", "/api/leads/imports")),
            "leadBulk", group(10, List.of("/api/leads/bulk/special"))));

    @Test
    void aPatternMatchesItsPathAndWhatIsBelowIt() {
        assertEquals("bulk", groups.groupFor("/api/leads/bulk").name());
        assertEquals("bulk", groups.groupFor("/api/skills/bulk/42").name());
        assertEquals("bulk", groups.groupFor("/api/leads/imports").name());
    }

    @Test
    void theMostSpecificPatternWins() {
        assertEquals("leadBulk", groups.groupFor("/api/leads/bulk/special").name());
    }

    @Test
    void everyOtherPathIsInTheDefaultGroup() {
        assertEquals("default", groups.groupFor("/api/leads").name());
        assertEquals("default", groups.groupFor("/api/leads/bulkish").name());
        assertEquals("default", groups.groupFor("/api/bulk").name());
        assertEquals(1200, groups.groupFor("/").requests());
    }

    @Test
    void theDefaultGroupIsRequired() {
        assertThrows(IllegalStateException.class, () -> new RouteGroups(Map.of("bulk", group(1, List.of("/x")))));
    }

    private static GatewayConfig.RouteGroup group(long requests, List<String> paths) {
        return new GatewayConfig.RouteGroup() {
            public Optional<List<String>> paths() {
                return Optional.of(paths);
            }

            public long requests() {
                return requests;
            }

            public Duration period() {
                return Duration.ofMinutes(1);
            }

            public MemorySize maxBodySize() {
                return new MemorySize(BigInteger.valueOf(1024));
            }
        };
    }
}
