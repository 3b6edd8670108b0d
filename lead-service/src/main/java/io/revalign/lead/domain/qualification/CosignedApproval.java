package io.revalign.lead.domain.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A leader's signature on one revision of a co-signed version. */
@Entity
@Table(name = "cosigned_approval")
public class CosignedApproval {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID versionId;

    @Column(nullable = false)
    public long revision;

    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public String approver;

    @Column(nullable = false)
    public Instant approvedAt;

    public String comment;

    public Approval toApproval() {
        return new Approval(approver, role, revision, approvedAt);
    }
}
