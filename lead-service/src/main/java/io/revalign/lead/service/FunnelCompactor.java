package io.revalign.lead.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Folds the funnel's delta rows into its tallies now and then, so the report sums a few rows per
 * cohort month however many changes were written. Replicas may overlap: compaction is exact either way.
 */
@ApplicationScoped
public class FunnelCompactor {

    private final FunnelReports reports;

    public FunnelCompactor(FunnelReports reports) {
        this.reports = reports;
    }

    @Scheduled(
            identity = "funnel-compaction",
            every = "${revalign.funnel.compact-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compact() {
        reports.compact();
    }
}
