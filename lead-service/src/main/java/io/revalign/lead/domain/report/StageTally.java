package io.revalign.lead.domain.report;

import io.revalign.lead.domain.LifecycleStage;

/**
 * What PostgreSQL summed for one stage in one group: stays that began (entered), ended (exited), ended
 * further along the funnel (converted), and the median and p90 whole hours of the stays that ended
 * (null when none ended). {@code group} is null for the total over the whole period.
 */
public record StageTally(
        String group,
        LifecycleStage stage,
        long entered,
        long exited,
        long converted,
        Integer medianHours,
        Integer p90Hours) {

    /** A stage no lead of the group entered. */
    public static StageTally none(String group, LifecycleStage stage) {
        return new StageTally(group, stage, 0, 0, 0, null, null);
    }
}
