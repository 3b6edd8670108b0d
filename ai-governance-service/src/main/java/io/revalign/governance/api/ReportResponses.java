package io.revalign.governance.api;

import io.revalign.governance.domain.Reports;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The governance reports as the API shows them. */
final class ReportResponses {

    private ReportResponses() {}

    /** Where sales leadership stands, in practice and on paper, beside the survey. */
    @Schema(name = "SalesLeadershipReport")
    record SalesLeadership(
            @Schema(nullable = true) Instant from,
            @Schema(nullable = true) Instant to,
            @Schema(description = "The role counted as sales leadership") String role,
            @Schema(
                            description =
                                    "Over the decisions requested in the period, with the rights snapshotted from the "
                                            + "policy version in force at each request")
                    Rights decisions,
            @Schema(description = "Over every decision type × tool category of the policy in force") Rights policy,
            @Schema(description = "The survey's benchmarks: 23% accountable, 68% input or informed")
                    Benchmark benchmark) {

        static SalesLeadership from(Reports.SalesLeadership report) {
            return new SalesLeadership(
                    report.from(),
                    report.to(),
                    report.role(),
                    Rights.from(report.decisions()),
                    Rights.from(report.policy()),
                    new Benchmark(report.benchmarkAccountable(), report.benchmarkInputOrInformed()));
        }
    }

    /** The survey's benchmarks. */
    @Schema(name = "SalesLeadershipBenchmark")
    record Benchmark(double accountable, double inputOrInformed) {}

    /** Counts and shares of each right. */
    @Schema(name = "RightsShare")
    record Rights(
            long total,
            Count accountable,
            Count responsible,
            Count consulted,
            Count informed,
            @Schema(description = "Responsible, Consulted or Informed: taking part without deciding")
                    Count inputOrInformed,
            @Schema(description = "No role at all") Count none) {

        static Rights from(Reports.RightsShare s) {
            return new Rights(
                    s.total(),
                    new Count(s.accountable(), s.share(s.accountable())),
                    new Count(s.responsible(), s.share(s.responsible())),
                    new Count(s.consulted(), s.share(s.consulted())),
                    new Count(s.informed(), s.share(s.informed())),
                    new Count(s.inputOrInformed(), s.share(s.inputOrInformed())),
                    new Count(s.none(), s.share(s.none())));
        }
    }

    /** A count and its share of the total (0 to 1). */
    @Schema(name = "CountShare")
    record Count(long count, double share) {}

    /** Where practice departs from the policy, and how long decisions take. */
    @Schema(name = "DecisionPracticeReport")
    record Practice(
            @Schema(nullable = true) Instant from,
            @Schema(nullable = true) Instant to,
            long requested,
            long decided,
            long open,
            @Schema(description = "Decided without every Consulted input, with an override reason") long overridden,
            @Schema(description = "Decided later than decisionDueDays after the request") long decidedPastDue,
            @Schema(description = "Still open more than decisionDueDays after the request") long openPastDue,
            @Schema(nullable = true, description = "Median hours from request to decision") Double cycleHoursMedian,
            @Schema(nullable = true, description = "90th percentile of hours from request to decision")
                    Double cycleHoursP90,
            int inputDueDays,
            int decisionDueDays,
            @Schema(description = "Consulted inputs on open decisions past inputDueDays") long overdueInputCount,
            @Schema(description = "The first 100 of them, oldest request first") List<OverdueInput> overdueInputs) {

        static Practice from(Reports.Practice p) {
            return new Practice(
                    p.from(),
                    p.to(),
                    p.requested(),
                    p.decided(),
                    p.open(),
                    p.overridden(),
                    p.decidedPastDue(),
                    p.openPastDue(),
                    p.cycleHoursMedian(),
                    p.cycleHoursP90(),
                    p.inputDueDays(),
                    p.decisionDueDays(),
                    p.overdueInputCount(),
                    p.overdueInputs().stream()
                            .map(o ->
                                    new OverdueInput(o.decisionId(), o.toolId(), o.role(), o.requestedAt(), o.dueAt()))
                            .toList());
        }
    }

    /** A Consulted role whose input is past due. */
    @Schema(name = "OverdueInput")
    record OverdueInput(UUID decisionId, UUID toolId, String role, Instant requestedAt, Instant dueAt) {}

    /** Goals and tools out of line. */
    @Schema(name = "CoverageReport")
    record Coverage(
            @Schema(description = "Goals that no APPROVED tool serves (first 100 listed)")
                    Items goalsWithoutApprovedTool,
            @Schema(description = "Tools, neither REJECTED nor RETIRED, that serve no goal (first 100 listed)")
                    Items toolsWithoutGoal,
            int reviewIntervalDays,
            @Schema(
                            description =
                                    "PILOT or APPROVED tools whose last decision is older than reviewIntervalDays; `at` is "
                                            + "when the review was due")
                    Items reviewsOverdue) {

        static Coverage from(Reports.Coverage c) {
            return new Coverage(
                    Items.of(c.goalsWithoutApprovedTool(), c.goalsWithoutApprovedToolItems()),
                    Items.of(c.toolsWithoutGoal(), c.toolsWithoutGoalItems()),
                    c.reviewIntervalDays(),
                    Items.of(c.reviewsOverdue(), c.reviewsOverdueItems()));
        }
    }

    /** A total and the first items. */
    @Schema(name = "CoverageItems")
    record Items(long count, List<Item> items) {

        static Items of(long count, List<Reports.Item> items) {
            return new Items(
                    count,
                    items.stream().map(i -> new Item(i.id(), i.name(), i.at())).toList());
        }
    }

    /** A goal or tool. */
    @Schema(name = "CoverageItem")
    record Item(UUID id, String name, Instant at) {}
}
