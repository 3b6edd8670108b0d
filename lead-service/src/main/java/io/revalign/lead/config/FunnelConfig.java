package io.revalign.lead.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Upkeep of the funnel report's tallies. */
@ConfigMapping(prefix = "revalign.funnel")
public interface FunnelConfig {

    /** How often the changes recorded since the last time are folded into the tallies ({@code off} never). */
    @WithDefault("10s")
    String compactInterval();
}
