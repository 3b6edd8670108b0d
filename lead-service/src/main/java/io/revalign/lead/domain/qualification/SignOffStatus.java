package io.revalign.lead.domain.qualification;

/** Where a co-signed version (a definition or a life-cycle map) stands. */
public enum SignOffStatus {
    /** Being written; may be edited. */
    DRAFT,
    /** Submitted to the two leaders; an edit sends it back to DRAFT. */
    IN_REVIEW,
    /** Approved by a marketing leader and a sales leader, both on this exact revision. */
    AGREED,
    /** The one version in force. */
    ACTIVE,
    /** Was active, replaced by a later version. */
    SUPERSEDED
}
