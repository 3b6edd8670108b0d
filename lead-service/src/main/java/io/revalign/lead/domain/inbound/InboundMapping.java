package io.revalign.lead.domain.inbound;

import io.revalign.lead.domain.ActivityType;
import io.revalign.lead.domain.LeadSource;
import java.util.Map;

/**
 * How one inbound source's contacts become leads: the lead source they are upserted as (with the
 * contact's id as externalId), which properties map to lead fields, which property changes are
 * engagements of an activity type, and the prefix of the activities' externalEventId.
 */
public record InboundMapping(
        LeadSource leadSource,
        Map<String, InboundContact.LeadField> fields,
        Map<String, ActivityType> activities,
        String activityPrefix) {

    public InboundMapping {
        fields = Map.copyOf(fields);
        activities = Map.copyOf(activities);
    }

    /** A mapping from configuration: field and activity type names are checked, naming the one not known. */
    public static InboundMapping of(
            LeadSource leadSource, Map<String, String> fields, Map<String, String> activities, String activityPrefix) {
        Map<String, InboundContact.LeadField> mappedFields = new java.util.HashMap<>();
        fields.forEach((property, field) -> mappedFields.put(property, InboundContact.LeadField.named(field)));
        Map<String, ActivityType> mappedActivities = new java.util.HashMap<>();
        activities.forEach((property, type) -> {
            try {
                mappedActivities.put(property, ActivityType.valueOf(type));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("No activity type " + type + " (for property " + property + ")");
            }
        });
        return new InboundMapping(leadSource, mappedFields, mappedActivities, activityPrefix);
    }
}
