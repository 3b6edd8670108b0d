package io.revalign.governance.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The values of the governance reports, as PostgreSQL computes them. */
public final class Reports {

    private Reports() {}

    /** How often sales leadership held each right: in decisions (as snapshotted) and in the policy in force. */
    public record SalesLeadership(
            Instant from,
            Instant to,
            String role,
            RightsShare decisions,
            RightsShare policy,
            double benchmarkAccountable,
            double benchmarkInputOrInformed) {}

    /** Counts of R, A, C, I and no role over a total, with shares (0 when the total is 0). */
    public record RightsShare(
            long total, long responsible, long accountable, long consulted, long informed, long none) {

        public double share(long count) {
            return total == 0 ? 0 : (double) count / total;
        }

        /** Responsible, Consulted or Informed: input or informed, but not deciding. */
        public long inputOrInformed() {
            return responsible + consulted + informed;
        }
    }

    /** Where practice departs from the written policy, and how long decisions take. */
    public record Practice(
            Instant from,
            Instant to,
            long requested,
            long decided,
            long open,
            long overridden,
            long decidedPastDue,
            long openPastDue,
            Double cycleHoursMedian,
            Double cycleHoursP90,
            int inputDueDays,
            int decisionDueDays,
            long overdueInputCount,
            List<OverdueInput> overdueInputs) {}

    /** A Consulted role whose input on an open decision is past due. */
    public record OverdueInput(UUID decisionId, UUID toolId, String role, Instant requestedAt, Instant dueAt) {}

    /** Goals and tools out of line: goals no approved tool serves, tools serving no goal, reviews overdue. */
    public record Coverage(
            long goalsWithoutApprovedTool,
            List<Item> goalsWithoutApprovedToolItems,
            long toolsWithoutGoal,
            List<Item> toolsWithoutGoalItems,
            int reviewIntervalDays,
            long reviewsOverdue,
            List<Item> reviewsOverdueItems) {}

    /** A goal or tool in a report list, with the time that matters for it (review due, creation). */
    public record Item(UUID id, String name, Instant at) {}
}
