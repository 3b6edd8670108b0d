package io.revalign.lead.domain;

/** Where a new lead may start its lifecycle: SUBSCRIBER or LEAD (the default); later stages are earned. */
public final class StartingStage {

    public static final String RULE =
            "a new lead starts as SUBSCRIBER or LEAD; later stages are reached through qualification";

    private StartingStage() {}

    /** The stage a new lead starts in: the requested one, or LEAD when none was asked for. */
    public static LifecycleStage of(LifecycleStage requested) {
        return requested == null ? LifecycleStage.LEAD : requested;
    }

    /** Whether a new lead may start in {@code stage}. */
    public static boolean allows(LifecycleStage stage) {
        return stage == LifecycleStage.SUBSCRIBER || stage == LifecycleStage.LEAD;
    }
}
