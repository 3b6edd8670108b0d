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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/** An AI tool that marketing or sales use or want to use, with the data it handles and who owns it. */
@Entity
@Table(name = "ai_tool")
public class AiTool {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String vendor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ToolCategory category;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> useCases = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Set<DataCategory> dataCategories = new TreeSet<>();

    /** The role (one of {@code io.revalign.common.security.Roles}) that owns the tool. */
    @Column(nullable = false)
    public String ownerRole;

    /** Keys of skills-service skills the tool's users need. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> skillKeys = new ArrayList<>();

    /** The strategic goals the tool serves. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<UUID> goalIds = new ArrayList<>();

    /** Changed only by decisions ({@link ToolLifecycle}). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ToolStatus status;

    /** When the last decision about the tool was made; its periodic review counts from here. */
    public Instant lastReviewedAt;

    /** The intake questions answered "yes"; null until the intake questionnaire is answered. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Set<IntakeQuestion> intakeYes;

    /** Derived from {@link #intakeYes} by {@link RiskTierRules}; null until the intake is answered. */
    @Enumerated(EnumType.STRING)
    public RiskTier riskTier;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Records the intake answers and the tier they imply. */
    public RiskTierRules.RiskAssessment answerIntake(Set<IntakeQuestion> yes, Instant now) {
        RiskTierRules.RiskAssessment assessment = RiskTierRules.classify(yes);
        intakeYes = new TreeSet<>(yes);
        riskTier = assessment.tier();
        updatedAt = now;
        return assessment;
    }

    /** Replaces what a registry user may edit; the status is not among it (it changes through decisions). */
    public void update(
            String name,
            String vendor,
            ToolCategory category,
            String description,
            List<String> useCases,
            Set<DataCategory> dataCategories,
            String ownerRole,
            List<String> skillKeys,
            List<UUID> goalIds,
            Instant now) {
        this.name = name;
        this.vendor = vendor;
        this.category = category;
        this.description = description;
        this.useCases = new ArrayList<>(useCases);
        this.dataCategories = new TreeSet<>(dataCategories);
        this.ownerRole = ownerRole;
        this.skillKeys = new ArrayList<>(skillKeys);
        this.goalIds = new ArrayList<>(goalIds);
        this.updatedAt = now;
    }

    /** Applies a decision's outcome to the status and starts a new review period. */
    public void decided(ToolStatus next, Instant now) {
        this.status = next;
        this.lastReviewedAt = now;
        this.updatedAt = now;
    }

    /** What the audit trail records of the tool. */
    public java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> snapshot = new java.util.LinkedHashMap<>();
        snapshot.put("id", id);
        snapshot.put("name", name);
        snapshot.put("vendor", vendor);
        snapshot.put("category", category);
        snapshot.put("description", description);
        snapshot.put("useCases", useCases);
        snapshot.put("dataCategories", new TreeSet<>(dataCategories));
        snapshot.put("ownerRole", ownerRole);
        snapshot.put("skillKeys", skillKeys);
        snapshot.put("goalIds", goalIds);
        snapshot.put("status", status);
        snapshot.put("intakeYes", intakeYes == null ? null : new TreeSet<>(intakeYes));
        snapshot.put("riskTier", riskTier);
        snapshot.put("lastReviewedAt", lastReviewedAt == null ? null : lastReviewedAt.toString());
        return snapshot;
    }

    /** The current assessment, or null before the intake is answered. */
    public RiskTierRules.RiskAssessment riskAssessment() {
        return intakeYes == null ? null : RiskTierRules.classify(intakeYes);
    }
}
