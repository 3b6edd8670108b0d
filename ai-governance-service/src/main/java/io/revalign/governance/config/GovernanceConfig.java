package io.revalign.governance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long decisions and reviews may take before the reports call them overdue. */
@ConfigMapping(prefix = "revalign.governance")
public interface GovernanceConfig {

    /** Days after a request by which every Consulted role should have given its input. */
    @WithDefault("5")
    int inputDueDays();

    /** Days after a request by which the Accountable role should have decided. */
    @WithDefault("14")
    int decisionDueDays();

    /** Days after its last decision by which a tool in use (PILOT or APPROVED) must be reviewed again. */
    @WithDefault("365")
    int reviewIntervalDays();
}
