package io.revalign.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** A strategic goal the company pursues, which AI tools may serve. */
@Entity
@Table(name = "strategic_goal")
public class StrategicGoal {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false)
    public String title;

    /** What is measured, e.g. "win rate". */
    @Column(nullable = false)
    public String metric;

    /** The value aimed for, e.g. "+15%". */
    @Column(nullable = false)
    public String target;

    /** When, e.g. "2027-H1". */
    @Column(nullable = false)
    public String period;

    /** The role that owns the goal. */
    @Column(nullable = false)
    public String ownerRole;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Replaces the goal's fields (an update under If-Match). */
    public void update(String title, String metric, String target, String period, String ownerRole, Instant now) {
        this.title = title;
        this.metric = metric;
        this.target = target;
        this.period = period;
        this.ownerRole = ownerRole;
        this.updatedAt = now;
    }

    /** What the audit trail records of the goal. */
    public java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> snapshot = new java.util.LinkedHashMap<>();
        snapshot.put("id", id);
        snapshot.put("title", title);
        snapshot.put("metric", metric);
        snapshot.put("target", target);
        snapshot.put("period", period);
        snapshot.put("ownerRole", ownerRole);
        return snapshot;
    }
}
