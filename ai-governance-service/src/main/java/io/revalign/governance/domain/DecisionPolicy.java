package io.revalign.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/** One version of the decision-rights policy; versions are never changed, a new one supersedes the last. */
@Entity
@Table(name = "decision_policy")
public class DecisionPolicy {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    /** 1, 2, 3, …: the highest is in force. */
    @Column(nullable = false)
    public int version;

    public String note;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PolicyCell> cells = new ArrayList<>();

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    /** The cell that applies to a decision of {@code type} about a tool of {@code category}. */
    public PolicyCell cellFor(DecisionType type, ToolCategory category) {
        return DecisionRightsPolicy.cellFor(cells, type, category);
    }

    /** What the audit trail records of this version. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id);
        snapshot.put("version", version);
        snapshot.put("note", note);
        snapshot.put("cells", cells);
        snapshot.put("createdBy", createdBy);
        snapshot.put("createdAt", String.valueOf(createdAt));
        return snapshot;
    }
}
