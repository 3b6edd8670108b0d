package io.revalign.lead.service;

import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.domain.qualification.LeadOutcome;
import java.util.UUID;

/** An outcome to record for a lead named by id or (when {@code leadId} is null) by its CRM reference. */
public record ImportOutcome(UUID leadId, ExternalReference reference, LeadOutcome outcome) {}
