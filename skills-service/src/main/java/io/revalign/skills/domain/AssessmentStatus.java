package io.revalign.skills.domain;

/** Whether an assessment counts: CONFIRMED ones do; a PROPOSED one waits for the seller's manager. */
public enum AssessmentStatus {
    CONFIRMED,
    PROPOSED,
    REJECTED
}
