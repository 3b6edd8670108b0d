package io.revalign.skills.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * One version of what a seller role needs: the required level per skill (by skill id) and the date it should be
 * reached. Versions are never changed; a change is a new version, and the current profile is the highest one.
 */
@Entity
@Table(name = "role_profile")
public class RoleProfile {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SellerRole role;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public LocalDate targetDate;

    public String description;

    /** Why this version was written when a decision wrote it (e.g. an AI tool approved for rollout); else null. */
    public String reason;

    /** The governance decision that wrote this version, if one did. */
    public UUID decisionId;

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_requirement", joinColumns = @JoinColumn(name = "profile_id"))
    @MapKeyColumn(name = "skill_id")
    @Column(name = "level", nullable = false)
    public Map<UUID, Short> requirements = new LinkedHashMap<>();
}
