package io.revalign.skills.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The subscription to ai-governance-service's decision.made webhooks (the AI-literacy gate). */
@ConfigMapping(prefix = "revalign.governance-webhooks")
public interface GovernanceWebhookConfig {

    /**
     * The subscription's signing secret ({@code whsec_...}), as governance showed it when the subscription was
     * created; unset: the receiver refuses every delivery with 403.
     */
    Optional<String> secret();

    /** How far a delivery's webhook-timestamp may be from now before it is refused as a replay. */
    @WithDefault("5m")
    Duration tolerance();

    /** The target date of a profile a decision creates for a role that has none yet: this long from the decision. */
    @WithDefault("P90D")
    Duration newProfileHorizon();
}
