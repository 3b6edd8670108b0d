package io.revalign.lead.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Folds the funnel's and the alignment report's delta rows into their tallies now and then, so each report
 * sums a few rows per month or day however many changes were written. Replicas may overlap: compaction is
 * exact either way.
 */
@ApplicationScoped
public class ReportCompactor {

    private final FunnelReports funnel;
    private final AlignmentReports alignment;

    public ReportCompactor(FunnelReports funnel, AlignmentReports alignment) {
        this.funnel = funnel;
        this.alignment = alignment;
    }

    @Scheduled(
            identity = "report-compaction",
            every = "${revalign.reports.compact-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compact() {
        funnel.compact();
        alignment.compact();
    }
}
