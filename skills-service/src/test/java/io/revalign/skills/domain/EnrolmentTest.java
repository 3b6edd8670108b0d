package io.revalign.skills.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

    private static Enrolment assigned(LocalDate dueOn) {
        Enrolment enrolment = new Enrolment();
        enrolment.status = EnrolmentStatus.ASSIGNED;
        enrolment.dueOn = dueOn;
        return enrolment;
    }

    @Test
    void progressStartsThenCompletesAndIsFinalAfterwards() {
        Enrolment enrolment = assigned(LocalDate.of(2026, 12, 31));
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        assertEquals(Enrolment.Progressed.UPDATED, enrolment.report(0, now));
        assertEquals(EnrolmentStatus.ASSIGNED, enrolment.status);
        assertEquals(Enrolment.Progressed.UPDATED, enrolment.report(40, now));
        assertEquals(EnrolmentStatus.IN_PROGRESS, enrolment.status);
        assertEquals(now, enrolment.startedAt);
        assertEquals(Enrolment.Progressed.COMPLETED, enrolment.report(100, now.plusSeconds(60)));
        assertEquals(EnrolmentStatus.COMPLETED, enrolment.status);
        assertEquals(Enrolment.Progressed.CLOSED, enrolment.report(50, now.plusSeconds(120)));
        assertEquals(100, enrolment.progress);
    }

    @Test
    void overdueIsDerivedFromTheDueDateForOpenEnrolmentsOnly() {
        Enrolment enrolment = assigned(LocalDate.of(2026, 12, 1));
        assertEquals(EnrolmentStatus.OVERDUE, enrolment.shownStatus(LocalDate.of(2026, 12, 2)));
        assertEquals(EnrolmentStatus.ASSIGNED, enrolment.shownStatus(LocalDate.of(2026, 12, 1)));
        enrolment.report(100, Instant.parse("2026-12-04T10:00:00Z"));
        assertEquals(EnrolmentStatus.COMPLETED, enrolment.shownStatus(LocalDate.of(2026, 12, 31)));
    }
}
