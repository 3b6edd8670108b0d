package io.revalign.lead.domain.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a co-signed document (a qualification definition or a life-cycle map): its
 * content as JSON, where it stands in the sign-off, and the revision that approvals refer to.
 */
@Entity
@Table(name = "cosigned_version")
public class CosignedVersion {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VersionKind kind;

    /** 1, 2, 3… per kind: the version number people quote. */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String name;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SignOffStatus status;

    /** Incremented by every edit; an approval counts only for the revision it signed. */
    @Column(nullable = false)
    public long revision;

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    public Instant activatedAt;

    @Version
    public long version;
}
