package io.revalign.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/**
 * A decision request about an AI tool and, once made, the decision. It snapshots the RACI cell of
 * the policy version in force when it was requested, so a later policy does not change who decides.
 */
@Entity
@Table(name = "decision")
public class Decision {

    /** PRACTICING, on skills-service's 0-4 scale. */
    public static final int DEFAULT_REQUIRED_LEVEL = 2;

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false)
    public UUID toolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionType decisionType;

    /** The tool's category when the decision was requested. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ToolCategory toolCategory;

    @Column(nullable = false)
    public int policyVersion;

    /** Role → RACI letter, from the policy version in force at the request. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, RaciLetter> raci = new TreeMap<>();

    @Column(nullable = false)
    public String accountableRole;

    @Column(nullable = false)
    public String businessCase;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<UUID> goalIds = new ArrayList<>();

    /** Criterion → score 0 to 5. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> scores = new TreeMap<>();

    /** Pilots and rollouts: the seller roles whose profiles the tool's skills are added to (empty: every profile). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<SellerRole> sellerRoles = new ArrayList<>();

    /** Pilots and rollouts: the level (1-4) the tool's skills are required at. */
    @Column(nullable = false)
    public int requiredLevel = DEFAULT_REQUIRED_LEVEL;

    /** The readiness share the policy cell required before approval when requested; null: none. */
    public Double readinessThreshold;

    /** The readiness share measured when it was approved under a threshold; null otherwise. */
    public Double readinessMeasured;

    @Column(nullable = false)
    public String requestedBy;

    @Column(nullable = false)
    public Instant requestedAt;

    /** When every Consulted input is due. */
    @Column(nullable = false)
    public Instant inputsDueAt;

    /** When the decision is due. */
    @Column(nullable = false)
    public Instant decisionDueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String decidedBy;

    public Instant decidedAt;

    public String rationale;

    /** Why the Accountable role decided without every input; null when nothing was skipped. */
    public String overrideReason;

    /** The Consulted roles whose input the decision went ahead without. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> skippedInputs;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Records the decision; the caller has checked {@link DecisionRights#mayDecide} first. */
    public void decide(
            Outcome outcome,
            String decidedBy,
            String rationale,
            List<String> skipped,
            String overrideReason,
            Instant now) {
        this.status = DecisionStatus.DECIDED;
        this.outcome = outcome;
        this.decidedBy = decidedBy;
        this.rationale = rationale;
        this.skippedInputs = skipped.isEmpty() ? null : new ArrayList<>(skipped);
        this.overrideReason = skipped.isEmpty() ? null : overrideReason;
        this.decidedAt = now;
        this.updatedAt = now;
    }

    /** What the audit trail records of the decision. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id);
        snapshot.put("toolId", toolId);
        snapshot.put("decisionType", decisionType);
        snapshot.put("toolCategory", toolCategory);
        snapshot.put("policyVersion", policyVersion);
        snapshot.put("raci", raci);
        snapshot.put("businessCase", businessCase);
        snapshot.put("goalIds", goalIds);
        snapshot.put("scores", scores);
        snapshot.put("sellerRoles", sellerRoles);
        snapshot.put("requiredLevel", requiredLevel);
        snapshot.put("readinessThreshold", readinessThreshold);
        snapshot.put("readinessMeasured", readinessMeasured);
        snapshot.put("requestedBy", requestedBy);
        snapshot.put("requestedAt", String.valueOf(requestedAt));
        snapshot.put("status", status);
        snapshot.put("outcome", outcome);
        snapshot.put("decidedBy", decidedBy);
        snapshot.put("decidedAt", decidedAt == null ? null : decidedAt.toString());
        snapshot.put("rationale", rationale);
        snapshot.put("overrideReason", overrideReason);
        snapshot.put("skippedInputs", skippedInputs);
        return snapshot;
    }
}
