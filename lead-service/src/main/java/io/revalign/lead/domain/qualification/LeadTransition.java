package io.revalign.lead.domain.qualification;

import io.revalign.lead.domain.LifecycleStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A recorded stage change of a lead: from, to, actor, time, reason (and the definition version when scoring moved it). */
@Entity
@Table(name = "lead_transition")
public class LeadTransition {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LifecycleStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LifecycleStage toStage;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String reason;

    public Integer definitionVersion;

    @Column(nullable = false)
    public Instant at;
}
