package io.revalign.lead.domain.report;

import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.Segment;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The funnel of the leads that entered in a period: every stage for the whole period and, when asked,
 * for each cohort month or segment. Every stage and every month or segment is listed, with zeros
 * where nothing happened, so a chart needs no gaps filled.
 */
public record FunnelReport(FunnelPeriod period, FunnelGrouping grouping, List<StageFigures> total, List<Group> groups) {

    /** The stages of one cohort month ({@code 2026-01}) or one segment ({@code ENTERPRISE}). */
    public record Group(String key, List<StageFigures> stages) {}

    /** The report of {@code tallies} (a null group is the total), filled out to every stage and group. */
    public static FunnelReport of(FunnelPeriod period, FunnelGrouping grouping, List<StageTally> tallies) {
        Map<String, StageTally> byKey = new HashMap<>();
        for (StageTally tally : tallies) {
            byKey.put(key(tally.group(), tally.stage()), tally);
        }
        List<Group> groups = grouping == null
                ? List.of()
                : groupKeys(period, grouping).stream()
                        .map(group -> new Group(group, stages(group, byKey)))
                        .toList();
        return new FunnelReport(period, grouping, stages(null, byKey), groups);
    }

    /** The groups a grouping lists: every month of the period, or every segment. */
    static List<String> groupKeys(FunnelPeriod period, FunnelGrouping grouping) {
        return switch (grouping) {
            case MONTH -> period.eachMonth().stream().map(YearMonth::toString).toList();
            case SEGMENT -> Arrays.stream(Segment.values()).map(Enum::name).toList();
        };
    }

    private static List<StageFigures> stages(String group, Map<String, StageTally> byKey) {
        return FunnelStages.ORDER.stream()
                .map(stage -> Objects.requireNonNullElseGet(
                        byKey.get(key(group, stage)), () -> StageTally.none(group, stage)))
                .map(StageFigures::of)
                .toList();
    }

    private static String key(String group, LifecycleStage stage) {
        return group + "/" + stage;
    }
}
