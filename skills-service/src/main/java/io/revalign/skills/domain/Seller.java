package io.revalign.skills.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A seller of the roster, known to the HRIS or CRM by its externalId; inactive sellers drop out of every figure. */
@Entity
@Table(name = "seller")
public class Seller {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String externalId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SellerRole role;

    @Column(nullable = false)
    public String team;

    public String managerExternalId;

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Whether a token's subject names this seller: its externalId, or its email in any letter case. */
    public boolean isIdentifiedBy(String subject) {
        return subject != null
                && (subject.equals(externalId)
                        || subject.toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)));
    }
}
