package io.revalign.lead.domain.webhooks;

import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.qualification.CosignedVersion;
import io.revalign.lead.domain.qualification.Scorecard;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What a lead event tells a subscriber about the lead, its qualification or a definition. */
public final class LeadEventData {

    private LeadEventData() {}

    public static Map<String, Object> of(Lead lead) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", lead.id.toString());
        data.put("source", lead.source.name());
        data.put("externalId", lead.externalId);
        data.put("email", lead.email);
        data.put("company", lead.company);
        data.put("lifecycleStage", lead.lifecycleStage.name());
        data.put("createdAt", lead.createdAt.toString());
        return data;
    }

    /** {@code lead.qualified}: the lead, its score and the definition that qualified it. */
    public static Map<String, Object> qualified(
            UUID leadId, Scorecard card, CosignedVersion definition, int mqlThreshold, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("leadId", leadId.toString());
        data.put("score", card.score());
        data.put("fitPoints", card.fitTotal());
        data.put("engagementPoints", card.engagementTotal());
        data.put("mqlThreshold", mqlThreshold);
        data.put("definitionId", definition.id.toString());
        data.put("definitionVersion", definition.number);
        data.put("qualifiedAt", at.toString());
        return data;
    }

    /** {@code definition.activated}: the version now in force and the re-scoring it started. */
    public static Map<String, Object> activated(
            CosignedVersion definition, int mqlThreshold, Integer supersededVersion, UUID rescoreJobId, String actor) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("definitionId", definition.id.toString());
        data.put("version", definition.number);
        data.put("name", definition.name);
        data.put("mqlThreshold", mqlThreshold);
        data.put("supersededVersion", supersededVersion);
        data.put("rescoreJobId", rescoreJobId.toString());
        data.put("activatedBy", actor);
        data.put("activatedAt", definition.activatedAt.toString());
        return data;
    }
}
