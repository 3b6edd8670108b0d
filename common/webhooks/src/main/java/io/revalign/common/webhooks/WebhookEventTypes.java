package io.revalign.common.webhooks;

import java.util.List;

/**
 * The event types a service announces, which its subscriptions may ask for. Each service using this
 * module provides one bean of this type (e.g. lead-service's {@code lead.created}, ...).
 */
@FunctionalInterface
public interface WebhookEventTypes {

    /** Every type a subscription may ask for, in the order the service lists them. */
    List<String> all();
}
