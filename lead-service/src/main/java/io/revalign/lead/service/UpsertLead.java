package io.revalign.lead.service;

import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.domain.LeadData;
import io.revalign.lead.domain.LifecycleStage;

/**
 * Create or update the lead a CRM knows as {@code reference}; {@code startingStage} (null: the
 * default) applies only when the lead is created, since later stages come from qualification.
 */
public record UpsertLead(ExternalReference reference, LeadData data, LifecycleStage startingStage) {}
