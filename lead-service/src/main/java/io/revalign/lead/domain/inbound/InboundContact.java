package io.revalign.lead.domain.inbound;

import io.revalign.lead.domain.LeadData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what a CRM has said about a contact into the lead's data, with a source's property → field
 * map. HubSpot announces a contact's creation without its properties and then each property change
 * on its own (a generic source's message is split the same way), so the mapped properties are
 * collected per contact; the lead is created once its email is known and updated with every later
 * change. Fields the source does not map (BANT answers, free attributes) keep their RevAlign values.
 *
 * <p>CRM values are loose where the API is strict: a company size such as HubSpot's "25-50" or
 * "1000+" takes its lower bound, and a country is often a name rather than a code (only a two-letter
 * code is taken; anything else leaves the country unset, with a note).
 */
public final class InboundContact {

    /** The lead fields a HubSpot property can be mapped to, by their names in the API. */
    public enum LeadField {
        EMAIL("email", 320),
        FIRST_NAME("firstName", 100),
        LAST_NAME("lastName", 100),
        COMPANY("company", 200),
        TITLE("title", 200),
        INDUSTRY("industry", 100),
        COMPANY_SIZE("companySize", 20),
        COUNTRY("country", 100);

        private final String apiName;
        private final int maxLength;

        LeadField(String apiName, int maxLength) {
            this.apiName = apiName;
            this.maxLength = maxLength;
        }

        public String apiName() {
            return apiName;
        }

        /** The field with this API name, e.g. firstName. */
        public static LeadField named(String name) {
            for (LeadField field : values()) {
                if (field.apiName.equals(name)) {
                    return field;
                }
            }
            throw new IllegalArgumentException("No lead field " + name + "; known: email, firstName, lastName,"
                    + " company, title, industry, companySize, country");
        }
    }

    /** What the collected properties make. */
    public sealed interface Mapping {}

    /** The lead's data, with notes on values that were not taken as they came. */
    public record Ready(LeadData data, List<String> notes) implements Mapping {}

    /** No lead yet: the email has not been sent. */
    public record Waiting(String reason) implements Mapping {}

    /** A value the lead cannot take; nothing is written. */
    public record Refused(String property, String message) implements Mapping {}

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,9})");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

    private InboundContact() {}

    /**
     * The lead data for a contact: {@code current} (null when there is no lead yet) with every mapped
     * property of {@code collected} laid over it; an empty value clears the field.
     */
    public static Mapping toLeadData(
            Map<String, String> collected, Map<String, LeadField> fieldsByProperty, LeadData current) {
        Fields fields = Fields.of(current);
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, String> property : collected.entrySet()) {
            LeadField field = fieldsByProperty.get(property.getKey());
            if (field == null) {
                continue;
            }
            String value = property.getValue() == null || property.getValue().isBlank()
                    ? null
                    : property.getValue().trim();
            if (value != null && value.length() > field.maxLength) {
                return new Refused(property.getKey(), "is longer than " + field.maxLength + " characters");
            }
            Refused refused = fields.set(field, value, property.getKey(), notes);
            if (refused != null) {
                return refused;
            }
        }
        if (fields.email == null) {
            return new Waiting("no email yet");
        }
        return new Ready(fields.toData(current), List.copyOf(notes));
    }

    /** The mapped fields while they are being laid over the current ones. */
    private static final class Fields {
        String email;
        String firstName;
        String lastName;
        String company;
        String title;
        String industry;
        Integer companySize;
        String country;

        static Fields of(LeadData current) {
            Fields fields = new Fields();
            if (current != null) {
                fields.email = current.email();
                fields.firstName = current.firstName();
                fields.lastName = current.lastName();
                fields.company = current.company();
                fields.title = current.title();
                fields.industry = current.industry();
                fields.companySize = current.companySize();
                fields.country = current.country();
            }
            return fields;
        }

        Refused set(LeadField field, String value, String property, List<String> notes) {
            switch (field) {
                case EMAIL -> {
                    if (value == null || !EMAIL.matcher(value).matches()) {
                        return new Refused(property, "is not an email address");
                    }
                    email = value;
                }
                case FIRST_NAME -> firstName = value;
                case LAST_NAME -> lastName = value;
                case COMPANY -> company = value;
                case TITLE -> title = value;
                case INDUSTRY -> industry = value;
                case COMPANY_SIZE -> companySize = size(value, property, notes);
                case COUNTRY -> country = country(value, property, notes);
            }
            return null;
        }

        private static Integer size(String value, String property, List<String> notes) {
            if (value == null) {
                return null;
            }
            var number = LEADING_NUMBER.matcher(value);
            if (number.find()) {
                return Integer.valueOf(number.group(1));
            }
            notes.add(property + " '" + value + "' is not a number or a range; companySize left unset");
            return null;
        }

        private static String country(String value, String property, List<String> notes) {
            if (value == null) {
                return null;
            }
            if (COUNTRY_CODE.matcher(value).matches()) {
                return value.toUpperCase(Locale.ROOT);
            }
            notes.add(property + " '" + value + "' is not an ISO 3166-1 alpha-2 code; country left unset");
            return null;
        }

        LeadData toData(LeadData current) {
            return new LeadData(
                    email,
                    firstName,
                    lastName,
                    company,
                    title,
                    industry,
                    companySize,
                    country,
                    current == null ? null : current.bant(),
                    current == null ? null : current.attributes());
        }
    }
}
