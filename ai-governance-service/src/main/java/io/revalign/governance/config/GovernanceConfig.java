package io.revalign.governance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long decisions and reviews may take before the reports call them overdue, and how the audit chain is sealed. */
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

    /**
     * How often each replica seals committed audit records into the chain (0: only when the trail is
     * listed or verified). A change is covered by the chain at most this long after its commit.
     */
    @WithDefault("200ms")
    Duration auditSealInterval();
}
