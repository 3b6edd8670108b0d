package io.revalign.lead.domain.qualification;

/** What happened to a lead after hand-off, as far as known: sales' verdict and the deal's result. */
public record LeadOutcome(SalesVerdict salesVerdict, DealOutcome dealOutcome) {

    /** Sales' answer to the hand-off. */
    public enum SalesVerdict {
        ACCEPTED,
        REJECTED
    }

    /** How the deal ended. */
    public enum DealOutcome {
        WON,
        LOST
    }

    public boolean known() {
        return salesVerdict != null || dealOutcome != null;
    }
}
