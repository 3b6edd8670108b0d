package io.revalign.lead.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Upkeep of the funnel's and the alignment report's tallies. */
@ConfigMapping(prefix = "revalign.reports")
public interface ReportsConfig {

    /** How often the changes recorded since the last time are folded into the tallies ({@code off} never). */
    @WithDefault("10s")
    String compactInterval();
}
