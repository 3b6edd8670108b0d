package io.revalign.lead.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How qualification jobs (re-scoring, backtests) run. */
@ConfigMapping(prefix = "revalign.qualification")
public interface QualificationConfig {

    /** Leads per batch a worker claims and finishes in one transaction. */
    @WithDefault("5000")
    int batchSize();

    /** Worker threads per replica that take batches of running jobs. */
    @WithDefault("2")
    int workers();

    /** Whether this replica works on jobs at all (tests drive the workers themselves). */
    @WithDefault("true")
    boolean workerEnabled();
}
