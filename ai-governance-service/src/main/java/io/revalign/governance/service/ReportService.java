package io.revalign.governance.service;

import io.revalign.common.problem.ProblemException;
import io.revalign.governance.config.GovernanceConfig;
import io.revalign.governance.domain.Reports;
import io.revalign.governance.repository.ReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The governance reports over a period of decision requests; open-ended periods cover all time. */
@ApplicationScoped
public class ReportService {

    /** The survey: 23% of sales leaders are accountable for AI-tool selection, 68% only give input or are informed. */
    public static final double BENCHMARK_ACCOUNTABLE = 0.23;

    public static final double BENCHMARK_INPUT_OR_INFORMED = 0.68;

    static final String SALES_LEADERSHIP = "sales-leader";

    private static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    private final ReportRepository reports;
    private final GovernanceConfig config;

    public ReportService(ReportRepository reports, GovernanceConfig config) {
        this.reports = reports;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Reports.SalesLeadership salesLeadership(Instant from, Instant to) {
        Instant start = start(from, to);
        Instant end = to == null ? END : to;
        return new Reports.SalesLeadership(
                from,
                to,
                SALES_LEADERSHIP,
                reports.rightsInDecisions(SALES_LEADERSHIP, start, end),
                reports.rightsInPolicy(SALES_LEADERSHIP),
                BENCHMARK_ACCOUNTABLE,
                BENCHMARK_INPUT_OR_INFORMED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Reports.Practice practice(Instant from, Instant to) {
        Reports.Practice practice = reports.practice(
                start(from, to), to == null ? END : to, config.inputDueDays(), config.decisionDueDays());
        return new Reports.Practice(
                from,
                to,
                practice.requested(),
                practice.decided(),
                practice.open(),
                practice.overridden(),
                practice.decidedPastDue(),
                practice.openPastDue(),
                practice.cycleHoursMedian(),
                practice.cycleHoursP90(),
                practice.inputDueDays(),
                practice.decisionDueDays(),
                practice.overdueInputCount(),
                practice.overdueInputs());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Reports.Coverage coverage() {
        return reports.coverage(config.reviewIntervalDays());
    }

    private static Instant start(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return from == null ? BEGINNING : from;
    }
}
