package io.revalign.lead.domain.qualification;

import io.revalign.lead.domain.LifecycleStage;
import java.util.List;

/** A stage change the life-cycle map in force does not allow, with the moves it does allow from there. */
public class TransitionRefused extends RuntimeException {

    private final transient List<LifecycleStage> allowed;

    public TransitionRefused(String message, List<LifecycleStage> allowed) {
        super(message, null, false, false);
        this.allowed = List.copyOf(allowed);
    }

    /** The stages the lead may move to from where it is. */
    public List<LifecycleStage> allowed() {
        return allowed;
    }
}
