package io.revalign.skills.service;

import io.revalign.common.webhooks.WebhookEventTypes;
import io.revalign.skills.domain.webhooks.SkillsEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The events skills-service's webhook subscriptions may ask for (common-webhooks delivers them). */
@ApplicationScoped
public class SkillsWebhookEvents implements WebhookEventTypes {

    @Override
    public List<String> all() {
        return SkillsEvents.ALL;
    }
}
