package io.revalign.lead.domain.handoff;

import io.revalign.lead.domain.LifecycleStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A reason of the managed list sales rejects hand-offs with, and the stage a rejection for it sends the lead to. */
@Entity
@Table(name = "rejection_reason")
public class RejectionReason {

    /** The stages a rejection may send a lead to. */
    public static final Set<LifecycleStage> TARGETS = EnumSet.of(LifecycleStage.RECYCLED, LifecycleStage.DISQUALIFIED);

    @Id
    public String code;

    @Column(nullable = false)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LifecycleStage targetStage;

    /** A retired reason stays on past hand-offs but takes no new rejections. */
    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
