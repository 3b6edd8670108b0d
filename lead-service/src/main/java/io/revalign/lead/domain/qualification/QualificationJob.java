package io.revalign.lead.domain.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Background work over many leads (re-scoring after an activation, a backtest), done in claimed batches. */
@Entity
@Table(name = "qualification_job")
public class QualificationJob {

    /** What the job does. */
    public enum Kind {
        RESCORE,
        BACKTEST
    }

    /** Where the job stands. */
    public enum State {
        RUNNING,
        SUCCEEDED,
        CANCELLED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public UUID definitionId;

    /** The definition a backtest compares against (the active one when it started), or null. */
    public UUID baselineId;

    /** The backtest's segment filter as JSON ({} for all leads). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String segment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public long total;

    /** The moment engagement decay is computed at, the same for every batch. */
    @Column(nullable = false)
    public Instant asOf;

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant finishedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String result;
}
