package io.revalign.lead.domain.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded step in a co-signed version's life: who did what, when, and why. */
@Entity
@Table(name = "cosigned_step")
public class CosignedStep {

    /** The kinds of step. */
    public enum Kind {
        CREATED,
        EDITED,
        SUBMITTED,
        APPROVED,
        RETURNED,
        ACTIVATED,
        SUPERSEDED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID versionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind step;

    @Enumerated(EnumType.STRING)
    public SignOffStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SignOffStatus toStatus;

    @Column(nullable = false)
    public long revision;

    @Column(nullable = false)
    public String actor;

    public String role;

    public String comment;

    @Column(nullable = false)
    public Instant at;
}
