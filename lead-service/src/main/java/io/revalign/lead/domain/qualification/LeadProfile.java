package io.revalign.lead.domain.qualification;

import io.revalign.lead.domain.Lead;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a definition may read of a lead: its known fields by name and its free attributes as
 * {@code attributes.<key>}. Values are strings, numbers or enum names; null means missing.
 */
public record LeadProfile(Map<String, Object> fields, Map<String, Object> attributes) {

    /** The prefix that names a free attribute in a condition. */
    public static final String ATTRIBUTES_PREFIX = "attributes.";

    /** The known lead fields a condition may name, with the values an enum field may take. */
    public static final Map<String, Set<String>> KNOWN_FIELDS = Map.ofEntries(
            Map.entry("industry", Set.of()),
            Map.entry("companySize", Set.of()),
            Map.entry("country", Set.of()),
            Map.entry("title", Set.of()),
            Map.entry("company", Set.of()),
            Map.entry("source", Set.of("SALESFORCE", "HUBSPOT", "WEB_FORM", "EVENT", "IMPORT", "MANUAL")),
            Map.entry("budget", Set.of("UNKNOWN", "NONE", "PLANNED", "CONFIRMED")),
            Map.entry("authority", Set.of("UNKNOWN", "NONE", "INFLUENCER", "DECISION_MAKER")),
            Map.entry("need", Set.of("UNKNOWN", "NONE", "IDENTIFIED", "URGENT")),
            Map.entry(
                    "timeline", Set.of("UNKNOWN", "NONE", "BEYOND_12_MONTHS", "WITHIN_12_MONTHS", "WITHIN_3_MONTHS")));

    /** Fields that hold numbers, so RANGE applies to them. */
    public static final Set<String> NUMERIC_FIELDS = Set.of("companySize");

    public LeadProfile {
        fields = fields == null ? Map.of() : fields;
        attributes = attributes == null ? Map.of() : attributes;
    }

    /** What a definition or an entry criterion may read of {@code lead}. */
    public static LeadProfile of(Lead lead) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("industry", lead.industry);
        fields.put("companySize", lead.companySize);
        fields.put("country", lead.country);
        fields.put("title", lead.title);
        fields.put("company", lead.company);
        fields.put("source", lead.source == null ? null : lead.source.name());
        fields.put("budget", lead.bant.budget.name());
        fields.put("authority", lead.bant.authority.name());
        fields.put("need", lead.bant.need.name());
        fields.put("timeline", lead.bant.timeline.name());
        return new LeadProfile(fields, lead.attributes);
    }

    /** The value of a field or free attribute; empty when missing, null or blank. */
    public Optional<Object> value(String attribute) {
        Object value = attribute.startsWith(ATTRIBUTES_PREFIX)
                ? attributes.get(attribute.substring(ATTRIBUTES_PREFIX.length()))
                : fields.get(attribute);
        if (value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Whether a condition may name this attribute. */
    public static boolean isKnownAttribute(String attribute) {
        if (attribute == null) {
            return false;
        }
        if (attribute.startsWith(ATTRIBUTES_PREFIX)) {
            return attribute.substring(ATTRIBUTES_PREFIX.length()).matches("[A-Za-z0-9_\\-]{1,100}");
        }
        return KNOWN_FIELDS.containsKey(attribute);
    }
}
