package io.revalign.common.input;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Request body limits per route group and the memory budget for bodies in flight ({@link BodyLimits}),
 * named like the gateway's route groups: {@code revalign.body.route-groups.<group>.paths} (patterns,
 * {@code *} = one segment, matched as a prefix, the longest pattern first) and {@code .max-body-size};
 * the {@code default} group holds every other path. Defaults in common-web's
 * microprofile-config.properties.
 */
@ConfigMapping(prefix = "revalign.body")
public interface BodyLimitsConfig {

    /** Off only where another layer bounds bodies per route (the gateway's own route groups). */
    @WithDefault("true")
    boolean enabled();

    /** The groups; {@code default} is required. */
    Map<String, RouteGroup> routeGroups();

    /**
     * Bytes of request bodies this JVM holds in flight at most; a body that does not fit is a 503 with
     * Retry-After, before it is read. Without it, {@link #budgetHeapPercent()} of the maximum heap.
     */
    Optional<MemorySize> budget();

    /** The budget as a share of the maximum heap, when {@link #budget()} is not set. */
    @WithDefault("25")
    int budgetHeapPercent();

    /** What Retry-After says when a body does not fit in the budget. */
    @WithDefault("1s")
    Duration retryAfter();

    /** A group of paths and the largest body each may carry. */
    interface RouteGroup {

        /** The patterns of the group (not for {@code default}). */
        Optional<List<String>> paths();

        /** The largest body: more is a 413, refused before it is read. */
        MemorySize maxBodySize();
    }
}
