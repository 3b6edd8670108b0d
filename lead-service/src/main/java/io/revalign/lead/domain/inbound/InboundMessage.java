package io.revalign.lead.domain.inbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A generic source's Standard Webhooks message about one contact, split into the inbox's events the
 * way HubSpot sends them: {@code contact.created} is a creation and a change per property,
 * {@code contact.updated} a change per property; any other type is kept as one event that the worker
 * records as not mapped. Each event's key is derived from the webhook-id, so a redelivered message
 * adds nothing.
 */
public record InboundMessage(
        String source,
        String webhookId,
        String type,
        String externalId,
        Instant occurredAt,
        Map<String, String> properties) {

    public static final String CONTACT_CREATED = "contact.created";
    public static final String CONTACT_UPDATED = "contact.updated";

    /** The events to queue, in the order the worker should see them. */
    public List<InboundEvent> events() {
        List<InboundEvent> events = new ArrayList<>();
        boolean contact = CONTACT_CREATED.equals(type) || CONTACT_UPDATED.equals(type);
        if (!contact) {
            events.add(new InboundEvent(source, webhookId, externalId, type, null, null, occurredAt));
            return events;
        }
        if (CONTACT_CREATED.equals(type)) {
            events.add(new InboundEvent(
                    source, webhookId, externalId, InboundEvent.CONTACT_CREATION, null, null, occurredAt));
        }
        properties.forEach((property, value) -> events.add(new InboundEvent(
                source,
                webhookId + "#" + property,
                externalId,
                InboundEvent.CONTACT_PROPERTY_CHANGE,
                property,
                value,
                occurredAt)));
        return events;
    }
}
