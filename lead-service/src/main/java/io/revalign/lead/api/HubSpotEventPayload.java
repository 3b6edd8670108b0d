package io.revalign.lead.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.revalign.common.problem.ProblemException;
import io.revalign.lead.domain.inbound.InboundEvent;
import io.revalign.lead.service.InboundEvents;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event of a HubSpot webhook request, as HubSpot sends it; fields RevAlign does not use
 * (portalId, appId, attemptNumber, changeSource, ...) are accepted and ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "HubSpotEvent", description = "One event of a HubSpot webhook batch")
public record HubSpotEventPayload(
        @Schema(description = "HubSpot's id of the event; a redelivered event is dropped", examples = "1743920")
                Long eventId,
        @Schema(description = "The contact's id in HubSpot: the lead's externalId", examples = "5101") Long objectId,
        @Schema(
                        description = "contact.creation, contact.propertyChange; others are recorded as IGNORED",
                        examples = "contact.propertyChange")
                String subscriptionType,
        @Schema(description = "For a property change: the property", examples = "email") String propertyName,
        @Schema(description = "For a property change: its new value", examples = "dana.reyes@northwind.example")
                String propertyValue,
        @Schema(description = "When it happened, in milliseconds since the epoch", examples = "1764581400000")
                Long occurredAt) {

    /** The event, or the name of the first required field it lacks. */
    InboundEvent toEvent(int index) {
        String missing = eventId == null
                ? "eventId"
                : objectId == null
                        ? "objectId"
                        : subscriptionType == null || subscriptionType.isBlank()
                                ? "subscriptionType"
                                : occurredAt == null ? "occurredAt" : null;
        if (missing != null) {
            throw ProblemException.invalid("[" + index + "]." + missing, "is required");
        }
        if (String.valueOf(propertyValue).length() > 65_536) {
            throw ProblemException.invalid("[" + index + "].propertyValue", "is longer than 65536 characters");
        }
        return new InboundEvent(
                InboundEvents.HUBSPOT,
                Long.toString(eventId),
                Long.toString(objectId),
                subscriptionType,
                propertyName,
                propertyValue,
                Instant.ofEpochMilli(occurredAt));
    }
}
