package io.revalign.skills.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The job that announces enrolments passing their due date (enrolment.overdue). */
@ConfigMapping(prefix = "revalign.enrolments.overdue")
public interface OverdueConfig {

    /**
     * How often each replica looks for enrolments that became overdue (a Quarkus scheduler period such as
     * {@code 1m}; {@code off} stops the job, as the tests do to run it themselves). Read by the scheduler as
     * {@code revalign.enrolments.overdue.check-every}.
     */
    @WithDefault("1m")
    String checkEvery();

    /** How many enrolments one transaction claims and announces. */
    @WithDefault("500")
    int batchSize();
}
