package io.revalign.skills.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/** A skill of the catalogue that sellers are assessed on and role profiles require, known by its key. */
@Entity
@Table(name = "skill")
public class Skill {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false, unique = true)
    public String key;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SkillCategory category;

    @Enumerated(EnumType.STRING)
    public TaxonomyScheme taxonomyScheme;

    public String taxonomyCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<ProficiencyLevel, String> levelDescriptors = new EnumMap<>(ProficiencyLevel.class);

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    /** When the skill was retired; null while it is in use. */
    public Instant retiredAt;

    @Version
    public long version;

    public boolean isRetired() {
        return retiredAt != null;
    }
}
