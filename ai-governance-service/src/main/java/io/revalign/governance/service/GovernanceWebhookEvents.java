package io.revalign.governance.service;

import io.revalign.common.webhooks.WebhookEventTypes;
import io.revalign.governance.domain.GovernanceEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The events governance's webhook subscriptions may ask for (common-webhooks delivers them). */
@ApplicationScoped
public class GovernanceWebhookEvents implements WebhookEventTypes {

    @Override
    public List<String> all() {
        return GovernanceEvents.ALL;
    }
}
