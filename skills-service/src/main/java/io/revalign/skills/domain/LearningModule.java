package io.revalign.skills.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** A learning module of the catalogue: how long it takes and the level it raises each skill (by id) to. */
@Entity
@Table(name = "learning_module")
public class LearningModule {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false)
    public String title;

    public String provider;

    public String url;

    @Column(nullable = false)
    public int hours;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "module_skill", joinColumns = @JoinColumn(name = "module_id"))
    @MapKeyColumn(name = "skill_id")
    @Column(name = "raises_to", nullable = false)
    public Map<UUID, Short> raises = new LinkedHashMap<>();

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
