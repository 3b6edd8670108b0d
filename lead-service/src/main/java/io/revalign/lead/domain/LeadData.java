package io.revalign.lead.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a CRM, a form or a person says about a lead: everything but its identity (id, source,
 * externalId), its stage and its score, which only qualification changes. Email is kept trimmed;
 * a missing BANT answer is UNKNOWN and missing attributes are none.
 */
public record LeadData(
        String email,
        String firstName,
        String lastName,
        String company,
        String title,
        String industry,
        Integer companySize,
        String country,
        Bant bant,
        Map<String, Object> attributes) {

    public LeadData {
        email = email == null ? null : email.trim();
        bant = bant == null ? new Bant() : bant;
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(attributes));
    }

    /** What {@code lead} says now. */
    public static LeadData of(Lead lead) {
        return new LeadData(
                lead.email,
                lead.firstName,
                lead.lastName,
                lead.company,
                lead.title,
                lead.industry,
                lead.companySize,
                lead.country,
                Bant.of(lead.bant.budget, lead.bant.authority, lead.bant.need, lead.bant.timeline),
                lead.attributes);
    }

    /** Whether {@code lead} already holds exactly these values (so applying them changes nothing). */
    public boolean matches(Lead lead) {
        return Objects.equals(email, lead.email)
                && Objects.equals(firstName, lead.firstName)
                && Objects.equals(lastName, lead.lastName)
                && Objects.equals(company, lead.company)
                && Objects.equals(title, lead.title)
                && Objects.equals(industry, lead.industry)
                && Objects.equals(companySize, lead.companySize)
                && Objects.equals(country, lead.country)
                && bant.budget == lead.bant.budget
                && bant.authority == lead.bant.authority
                && bant.need == lead.bant.need
                && bant.timeline == lead.bant.timeline
                && Objects.equals(attributes, lead.attributes);
    }
}
