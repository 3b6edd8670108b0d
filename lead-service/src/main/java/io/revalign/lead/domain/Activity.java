package io.revalign.lead.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An engagement event on a lead (an email opened, a demo requested), as its source reported it. */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityType type;

    /** When it happened, as the source says; may be long before it was recorded. */
    @Column(nullable = false)
    public Instant occurredAt;

    /** The source's id for the event; the same one on one lead is recorded once. */
    public String externalEventId;

    @Column(nullable = false)
    public Instant recordedAt;
}
