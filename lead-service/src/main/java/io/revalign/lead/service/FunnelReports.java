package io.revalign.lead.service;

import io.revalign.lead.domain.report.FunnelGrouping;
import io.revalign.lead.domain.report.FunnelPeriod;
import io.revalign.lead.domain.report.FunnelReport;
import io.revalign.lead.repository.FunnelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The funnel report of a period's cohorts, and the upkeep of the tallies it reads. */
@ApplicationScoped
public class FunnelReports {

    private final FunnelRepository funnel;

    public FunnelReports(FunnelRepository funnel) {
        this.funnel = funnel;
    }

    /** Every stage's figures over {@code period}, and per group when {@code grouping} is not null. */
    @Transactional
    public FunnelReport report(FunnelPeriod period, FunnelGrouping grouping) {
        return FunnelReport.of(period, grouping, funnel.tallies(period, grouping));
    }

    /** Folds the changes recorded since the last compaction into the tallies; the figures stay the same. */
    @Transactional
    public void compact() {
        funnel.compact();
    }
}
