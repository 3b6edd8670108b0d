package io.revalign.skills.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A reskilling plan built from a seller's gaps against one profile version; its steps are enrolments. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID sellerId;

    @Column(nullable = false)
    public UUID profileId;

    @Column(nullable = false)
    public LocalDate startOn;

    @Column(nullable = false)
    public LocalDate targetDate;

    @Column(nullable = false)
    public int hoursPerWeek;

    @Column(nullable = false)
    public int totalHours;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlannedGap> uncovered = new ArrayList<>();

    /** When a newer plan of the seller replaced this one. */
    public Instant supersededAt;

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public Instant createdAt;
}
