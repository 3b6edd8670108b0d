package io.revalign.lead.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/** A person at a company that marketing or sales may sell to, with the answers that qualify them. */
@Entity
@Table(name = "lead")
public class Lead {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false)
    public String email;

    public String firstName;
    public String lastName;
    public String company;
    public String title;
    public String industry;
    public Integer companySize;
    public String country;

    /** Set once, at creation; null when read from a row whose source this version does not know. */
    @Column(nullable = false, updatable = false)
    public LeadSource source;

    public String externalId;

    @Embedded
    public Bant bant = new Bant();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> attributes = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LifecycleStage lifecycleStage;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** When personal data was erased (null: never), and by whom. */
    public Instant erasedAt;

    public String erasedBy;

    /** The placeholder an erased lead's email becomes: unique, and no one's address. */
    public static String erasedEmail(UUID id) {
        return "erased-" + id + "@erased.invalid";
    }

    /**
     * Removes the personal data (email, names, title, free attributes) and keeps what the funnel and
     * alignment figures need (company facts, source, stage, dates). False when already erased.
     */
    public boolean erase(String actor, Instant now) {
        if (erasedAt != null) {
            return false;
        }
        email = erasedEmail(id);
        firstName = null;
        lastName = null;
        title = null;
        attributes = new HashMap<>();
        erasedAt = now;
        erasedBy = actor;
        updatedAt = now;
        return true;
    }

    /**
     * Takes {@code data}'s values; false, and nothing touched, when the lead holds them already (so an
     * identical update writes no new version and keeps {@code updatedAt}).
     */
    public boolean apply(LeadData data, Instant now) {
        if (data.matches(this)) {
            return false;
        }
        email = data.email();
        firstName = data.firstName();
        lastName = data.lastName();
        company = data.company();
        title = data.title();
        industry = data.industry();
        companySize = data.companySize();
        country = data.country();
        bant = Bant.of(data.bant().budget, data.bant().authority, data.bant().need, data.bant().timeline);
        attributes = new HashMap<>(data.attributes());
        updatedAt = now;
        return true;
    }
}
