package io.revalign.lead.domain.report;

import io.revalign.lead.domain.LifecycleStage;
import java.util.List;
import java.util.Map;

/**
 * The order in which the funnel report reads the stages, and what counts as converting: leaving a
 * stage for one further along SUBSCRIBER → LEAD → MQL → SAL → SQL → OPPORTUNITY → CUSTOMER. RECYCLED
 * stands beside LEAD (a recycled lead converts when it qualifies again); DISQUALIFIED is an end.
 */
public final class FunnelStages {

    /** Every stage, in the order the report lists them. */
    public static final List<LifecycleStage> ORDER = List.of(LifecycleStage.values());

    private static final Map<LifecycleStage, Integer> RANK = Map.of(
            LifecycleStage.SUBSCRIBER, 1,
            LifecycleStage.LEAD, 2,
            LifecycleStage.RECYCLED, 2,
            LifecycleStage.MQL, 3,
            LifecycleStage.SAL, 4,
            LifecycleStage.SQL, 5,
            LifecycleStage.OPPORTUNITY, 6,
            LifecycleStage.CUSTOMER, 7);

    private FunnelStages() {}

    /** Whether a stay in {@code from} that ended in {@code to} is a conversion. */
    public static boolean converts(LifecycleStage from, LifecycleStage to) {
        Integer fromRank = RANK.get(from);
        Integer toRank = RANK.get(to);
        return fromRank != null && toRank != null && toRank > fromRank;
    }

    /** The stages a stay in {@code from} converts into, for the query that counts conversions. */
    public static List<LifecycleStage> conversionsFrom(LifecycleStage from) {
        return ORDER.stream().filter(to -> converts(from, to)).toList();
    }
}
