package io.revalign.lead.service;

import io.revalign.common.webhooks.WebhookEventTypes;
import io.revalign.lead.domain.webhooks.LeadEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The events lead-service's webhook subscriptions may ask for (common-webhooks delivers them). */
@ApplicationScoped
public class LeadWebhookEvents implements WebhookEventTypes {

    @Override
    public List<String> all() {
        return LeadEvents.ALL;
    }
}
