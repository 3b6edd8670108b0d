package io.revalign.lead.domain.handoff;

/** A hand-off action its state does not allow: it was already answered (or the action's input is not valid for it). */
public class HandoffRefused extends RuntimeException {

    public HandoffRefused(String message) {
        super(message, null, false, false);
    }
}
