package io.revalign.common.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as the API shows it; the secret only in the answer that created or rotated it. */
@Schema(name = "WebhookSubscription")
public record WebhookSubscriptionResponse(
        UUID id,
        String url,
        List<String> eventTypes,
        @Schema(description = "False after a day of failed deliveries (disabledReason says why) until enabled again")
                boolean active,
        @Schema(nullable = true) String disabledReason,
        Instant createdAt,
        String createdBy,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        description = "The signing secret (Standard Webhooks, whsec_...): shown only when the"
                                + " subscription is created or its secret rotated; keep it",
                        nullable = true)
                String secret) {

    public static WebhookSubscriptionResponse from(Subscription subscription, String secret) {
        return new WebhookSubscriptionResponse(
                subscription.id(),
                subscription.url(),
                subscription.eventTypes(),
                subscription.active(),
                subscription.disabledReason(),
                subscription.createdAt(),
                subscription.createdBy(),
                secret);
    }

    public static WebhookSubscriptionResponse from(Subscription subscription) {
        return from(subscription, null);
    }
}
