package io.revalign.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** A Consulted role's input on a decision request; one per role, never changed. */
@Entity
@Table(name = "decision_input")
public class DecisionInput {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false)
    public UUID decisionId;

    @Column(nullable = false)
    public String role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stance stance;

    public String comment;

    @Column(nullable = false)
    public String givenBy;

    @Column(nullable = false)
    public Instant givenAt;

    /** What the audit trail records of the input. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id);
        snapshot.put("decisionId", decisionId);
        snapshot.put("role", role);
        snapshot.put("stance", stance);
        snapshot.put("comment", comment);
        snapshot.put("givenBy", givenBy);
        snapshot.put("givenAt", String.valueOf(givenAt));
        return snapshot;
    }
}
