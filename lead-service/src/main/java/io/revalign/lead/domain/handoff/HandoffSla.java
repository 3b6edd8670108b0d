package io.revalign.lead.domain.handoff;

import io.revalign.lead.domain.Segment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The hours sales has to first touch a hand-off of one segment. */
@Entity
@Table(name = "handoff_sla")
public class HandoffSla {

    @Id
    @Enumerated(EnumType.STRING)
    public Segment segment;

    @Column(nullable = false)
    public int firstTouchHours;

    @Column(nullable = false)
    public String updatedBy;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
