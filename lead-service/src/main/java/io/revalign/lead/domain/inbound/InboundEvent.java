package io.revalign.lead.domain.inbound;

import java.time.Instant;

/**
 * One event a CRM sent about a contact, in the inbox's terms: the inbound source ({@code hubspot}, or a
 * generic source's configured name), the event's key in that source (HubSpot's eventId; the webhook-id
 * and property for a generic source), the contact's id there, what happened ({@code eventType}:
 * contact.creation, contact.propertyChange or anything else, which is ignored) and, for a property
 * change, the property and its new value.
 */
public record InboundEvent(
        String source,
        String eventKey,
        String externalId,
        String eventType,
        String propertyName,
        String propertyValue,
        Instant occurredAt) {

    public static final String CONTACT_CREATION = "contact.creation";
    public static final String CONTACT_PROPERTY_CHANGE = "contact.propertyChange";

    public boolean isPropertyChange() {
        return CONTACT_PROPERTY_CHANGE.equals(eventType) && propertyName != null;
    }

    public boolean isContactCreation() {
        return CONTACT_CREATION.equals(eventType);
    }

    /** The contact this event is about, across sources. */
    public ContactKey contact() {
        return new ContactKey(source, externalId);
    }

    /** A contact of one source. */
    public record ContactKey(String source, String externalId) {}
}
