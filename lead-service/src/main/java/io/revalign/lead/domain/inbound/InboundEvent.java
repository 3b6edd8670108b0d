package io.revalign.lead.domain.hubspot;

import java.time.Instant;

/**
 * One event of a HubSpot webhook batch, as far as RevAlign uses it: the contact ({@code objectId}),
 * what happened ({@code subscriptionType}, e.g. contact.creation or contact.propertyChange) and, for a
 * property change, the property and its new value.
 */
public record HubSpotEvent(
        long eventId,
        long objectId,
        String subscriptionType,
        String propertyName,
        String propertyValue,
        Instant occurredAt) {

    public static final String CONTACT_CREATION = "contact.creation";
    public static final String CONTACT_PROPERTY_CHANGE = "contact.propertyChange";

    public boolean isPropertyChange() {
        return CONTACT_PROPERTY_CHANGE.equals(subscriptionType) && propertyName != null;
    }
}
