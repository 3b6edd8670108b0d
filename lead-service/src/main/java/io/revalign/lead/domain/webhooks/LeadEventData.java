package io.revalign.lead.domain.webhooks;

import io.revalign.lead.domain.Lead;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a lead event tells a subscriber about the lead. */
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
}
