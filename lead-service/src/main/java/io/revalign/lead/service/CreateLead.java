package io.revalign.lead.service;

import io.revalign.lead.domain.Bant;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.domain.LifecycleStage;
import java.util.Map;

/** What it takes to create a lead; {@code lifecycleStage} null means the default starting stage. */
public record CreateLead(
        String email,
        String firstName,
        String lastName,
        String company,
        String title,
        String industry,
        Integer companySize,
        String country,
        LeadSource source,
        String externalId,
        Bant bant,
        Map<String, Object> attributes,
        LifecycleStage lifecycleStage) {}
