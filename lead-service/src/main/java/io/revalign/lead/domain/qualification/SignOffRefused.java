package io.revalign.lead.domain.qualification;

/** A sign-off step the co-sign rule does not allow, and whether it is the actor's role or the state that forbids it. */
public class SignOffRefused extends RuntimeException {

    /** Why the step is refused. */
    public enum Reason {
        /** The version's state (or the approvals it has) forbids the step. */
        CONFLICT,
        /** The actor does not hold a role that may take the step. */
        FORBIDDEN
    }

    private final Reason reason;

    public SignOffRefused(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
