package io.revalign.lead.domain.handoff;

/** Where a hand-off stands: waiting for sales, or sales' answer. */
public enum HandoffState {
    /** Waiting for sales to accept, reject or recycle it. */
    OPEN,
    /** Sales accepted the lead (SAL), or pulled it. */
    ACCEPTED,
    /** Sales rejected it with a reason from the managed list. */
    REJECTED,
    /** Sales sent it back to marketing to nurture, with a comment. */
    RECYCLED
}
