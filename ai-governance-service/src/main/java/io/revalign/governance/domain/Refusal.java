package io.revalign.governance.domain;

/** Why a rule refuses an action: the caller lacks the right (FORBIDDEN) or the state does not allow it (CONFLICT). */
public record Refusal(Kind kind, String message) {

    /** FORBIDDEN becomes a 403, CONFLICT a 409. */
    public enum Kind {
        FORBIDDEN,
        CONFLICT
    }

    static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, message);
    }

    static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, message);
    }
}
