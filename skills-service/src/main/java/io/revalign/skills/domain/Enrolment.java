package io.revalign.skills.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A seller's enrolment in one module of a plan, with progress; guards its own status changes. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    /** What a progress report did. */
    public enum Progressed {
        UPDATED,
        COMPLETED,
        /** The enrolment is COMPLETED or WITHDRAWN: progress no longer changes. */
        CLOSED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public UUID sellerId;

    @Column(nullable = false)
    public UUID moduleId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false)
    public boolean late;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlannedGap> closes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrolmentStatus status;

    @Column(nullable = false)
    public short progress;

    public Instant startedAt;

    public Instant completedAt;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean isOpen() {
        return status == EnrolmentStatus.ASSIGNED || status == EnrolmentStatus.IN_PROGRESS;
    }

    /** The status as shown on {@code today}: an open enrolment past its due date is OVERDUE. */
    public EnrolmentStatus shownStatus(LocalDate today) {
        return isOpen() && dueOn.isBefore(today) ? EnrolmentStatus.OVERDUE : status;
    }

    /** Reports progress (0-100) at {@code now}; 100 completes the enrolment. */
    public Progressed report(int percent, Instant now) {
        if (!isOpen()) {
            return Progressed.CLOSED;
        }
        progress = (short) percent;
        updatedAt = now;
        if (percent > 0 && startedAt == null) {
            startedAt = now;
        }
        if (percent >= 100) {
            status = EnrolmentStatus.COMPLETED;
            completedAt = now;
            return Progressed.COMPLETED;
        }
        status = percent > 0 ? EnrolmentStatus.IN_PROGRESS : status;
        return Progressed.UPDATED;
    }
}
