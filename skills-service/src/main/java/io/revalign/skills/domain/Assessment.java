package io.revalign.skills.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One assessed level of a seller in a skill: a fact that is never changed, only confirmed or rejected if proposed. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID sellerId;

    @Column(nullable = false)
    public UUID skillId;

    @Column(nullable = false)
    public short level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status;

    public String evidence;

    @Column(nullable = false)
    public String assessor;

    @Column(nullable = false)
    public Instant assessedAt;

    @Column(nullable = false)
    public Instant recordedAt;

    public UUID enrolmentId;

    public String decidedBy;

    public Instant decidedAt;

    public String decisionComment;

    @Version
    public long version;
}
