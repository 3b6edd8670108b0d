package io.revalign.lead.domain.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What became of a lead after hand-off (sales' verdict, the deal's result), as recorded for backtests. */
@Entity
@Table(name = "lead_outcome")
public class RecordedOutcome {

    @Id
    public UUID leadId;

    @Enumerated(EnumType.STRING)
    public LeadOutcome.SalesVerdict salesVerdict;

    @Enumerated(EnumType.STRING)
    public LeadOutcome.DealOutcome dealOutcome;

    @Column(nullable = false)
    public String recordedBy;

    @Column(nullable = false)
    public Instant recordedAt;

    public LeadOutcome toOutcome() {
        return new LeadOutcome(salesVerdict, dealOutcome);
    }
}
