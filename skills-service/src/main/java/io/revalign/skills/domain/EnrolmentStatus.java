package io.revalign.skills.domain;

/**
 * Where an enrolment stands. OVERDUE is never stored: an ASSIGNED or IN_PROGRESS enrolment past its due date is
 * shown as OVERDUE. WITHDRAWN: a newer plan no longer contains the module.
 */
public enum EnrolmentStatus {
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED,
    OVERDUE,
    WITHDRAWN
}
