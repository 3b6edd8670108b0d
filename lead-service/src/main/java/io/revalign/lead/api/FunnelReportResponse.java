package io.revalign.lead.api;

import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.report.FunnelReport;
import io.revalign.lead.domain.report.StageFigures;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The funnel report as sent: the period, the total per stage, the groups asked for, and what each figure means. */
@Schema(name = "FunnelReport")
public record FunnelReportResponse(
        @Schema(description = "First cohort month (YYYY-MM)", examples = "2026-01") String from,
        @Schema(description = "Last cohort month, included (YYYY-MM)", examples = "2026-06") String to,
        @Schema(description = "month or segment; null when the report has only the total", nullable = true)
                String groupBy,
        @Schema(description = "Every stage over all cohorts of the period") List<Stage> total,
        @Schema(description = "Every cohort month of the period, or every segment, when groupBy was given")
                List<Group> groups,
        @Schema(description = "How each figure is defined") Map<String, String> definitions) {

    /** What the figures mean, sent with every report. */
    static final Map<String, String> DEFINITIONS = describe();

    @Schema(name = "FunnelGroup")
    public record Group(
            @Schema(description = "The cohort month (2026-01) or the segment (SMB, MID_MARKET, ENTERPRISE, UNKNOWN)")
                    String key,
            List<Stage> stages) {}

    @Schema(name = "FunnelStage")
    public record Stage(
            LifecycleStage stage,
            @Schema(description = "Stays in the stage that began") long entered,
            @Schema(description = "Stays that ended in a stage further along the funnel") long converted,
            @Schema(description = "converted / entered, four decimals; null when nothing entered", nullable = true)
                    Double conversionRate,
            @Schema(description = "Stays that ended, wherever they went") long exited,
            @Schema(description = "Stays not ended yet: entered − exited") long stillInStage,
            @Schema(
                            description = "Median time in stage of the stays that ended, in hours (whole hours under"
                                    + " 48, whole days from two days on)",
                            nullable = true)
                    Integer medianHours,
            @Schema(description = "90th percentile of the same, in hours", nullable = true) Integer p90Hours) {

        static Stage from(StageFigures figures) {
            return new Stage(
                    figures.stage(),
                    figures.entered(),
                    figures.converted(),
                    figures.conversionRate(),
                    figures.exited(),
                    figures.stillInStage(),
                    figures.medianHours(),
                    figures.p90Hours());
        }
    }

    static FunnelReportResponse from(FunnelReport report) {
        return new FunnelReportResponse(
                report.period().from().toString(),
                report.period().to().toString(),
                report.grouping() == null ? null : report.grouping().parameter(),
                stages(report.total()),
                report.groups().stream()
                        .map(g -> new Group(g.key(), stages(g.stages())))
                        .toList(),
                DEFINITIONS);
    }

    private static List<Stage> stages(List<StageFigures> figures) {
        return figures.stream().map(Stage::from).toList();
    }

    private static Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(
                "cohort",
                "The leads that entered the funnel (were created) in a month, UTC; the period is the"
                        + " cohort months from..to, and every figure is about those leads, whenever they moved.");
        d.put(
                "segment",
                "The lead's company-size band when it entered the funnel: SMB (< 100 employees),"
                        + " MID_MARKET (100-999), ENTERPRISE (1,000 or more), UNKNOWN (no size).");
        d.put(
                "entered",
                "Stays in the stage that began: a lead's starting stage, and each transition into the"
                        + " stage (a recycled lead that qualifies again enters MQL twice).");
        d.put(
                "converted",
                "Stays that ended in a stage further along SUBSCRIBER, LEAD, MQL, SAL, SQL,"
                        + " OPPORTUNITY, CUSTOMER; RECYCLED counts as LEAD's rank; DISQUALIFIED converts to nothing.");
        d.put("conversionRate", "converted / entered, four decimals (stays still open count as not converted yet).");
        d.put("exited", "Stays that ended, wherever the lead went.");
        d.put("stillInStage", "entered − exited: stays not ended yet.");
        d.put(
                "medianHours",
                "Over the stays that ended, time in stage in hours (whole hours under 48, whole days as 48, 72,"
                        + " ... hours from two days on, rounded down): the first value h such that at least half of"
                        + " them had lasted h or less (percentile_disc 0.5).");
        d.put("p90Hours", "The same at nine in ten (percentile_disc 0.9).");
        return Collections.unmodifiableMap(d);
    }
}
