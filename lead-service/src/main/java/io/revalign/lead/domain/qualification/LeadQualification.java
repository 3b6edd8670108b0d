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

/**
 * A lead's current qualification: the definition version that scored it, the totals and verdict. Its
 * scorecard arrays are read and written in SQL ({@code ScoringRepository}); the JSON explanation is
 * only there for rows scored before scorecards (null since).
 */
@Entity
@Table(name = "lead_qualification")
public class LeadQualification {

    @Id
    public UUID leadId;

    @Column(nullable = false)
    public UUID definitionId;

    @Column(nullable = false)
    public int definitionVersion;

    @Column(nullable = false)
    public double score;

    @Column(nullable = false)
    public double fitPoints;

    @Column(nullable = false)
    public double engagementPoints;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    @JdbcTypeCode(SqlTypes.JSON)
    public String explanation;

    @Column(nullable = false)
    public Instant scoredAt;
}
