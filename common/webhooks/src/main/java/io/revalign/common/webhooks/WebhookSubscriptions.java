package io.revalign.common.webhooks;

import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Webhook subscriptions: created with a secret shown once, rotated, switched on again, deleted. The
 * event types a subscription may ask for are the service's {@link WebhookEventTypes}.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    /** A new subscription and its secret, which is never shown again. */
    public record Created(Subscription subscription, String secret) {}

    private final WebhookStore store;
    private final WebhookConfig config;
    private final List<String> eventTypes;
    private final Set<String> allowedInternalHosts;

    public WebhookSubscriptions(WebhookStore store, WebhookConfig config, WebhookEventTypes eventTypes) {
        this.store = store;
        this.config = config;
        this.eventTypes = List.copyOf(eventTypes.all());
        this.allowedInternalHosts = config.allowedInternalHosts().orElse(Set.of()).stream()
                .map(host -> host.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Transactional
    public Created create(String url, List<String> eventTypes, String actor) {
        SubscriberAddress.refusal(url, allowedInternalHosts).ifPresent(why -> {
            throw ProblemException.invalid("url", why);
        });
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!this.eventTypes.contains(eventTypes.get(i))) {
                throw ProblemException.invalid(
                        "eventTypes[" + i + "]", "must be one of " + String.join(", ", this.eventTypes));
            }
        }
        Subscription subscription = new Subscription(
                Outbox.newId(),
                url,
                eventTypes.stream().distinct().sorted().toList(),
                true,
                null,
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                actor);
        String secret = WebhookSignature.newSecret();
        store.create(subscription, secret);
        return new Created(subscription, secret);
    }

    /** The event types a subscription may ask for, as the service declared them. */
    public List<String> eventTypes() {
        return eventTypes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscription> list() {
        return store.subscriptions();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Subscription get(UUID id) {
        return store.subscription(id).orElseThrow(() -> ProblemException.notFound("Subscription", id));
    }

    @Transactional
    public void delete(UUID id) {
        if (!store.delete(id)) {
            throw ProblemException.notFound("Subscription", id);
        }
    }

    /** A new secret; the old one keeps signing beside it for the grace period. */
    @Transactional
    public String rotate(UUID id) {
        String secret = WebhookSignature.newSecret();
        if (!store.rotate(id, secret, Instant.now().plus(config.secretGrace()))) {
            throw ProblemException.notFound("Subscription", id);
        }
        return secret;
    }

    /** Switches a subscription that was switched off (after a day of failures) on again. */
    @Transactional
    public Subscription enable(UUID id) {
        if (!store.setActive(id, true, null)) {
            throw ProblemException.notFound("Subscription", id);
        }
        return get(id);
    }

    /** A page of the subscription's deliveries, newest event first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Delivery> deliveries(UUID id, String after, int limit) {
        get(id);
        String list = "deliveries of " + id;
        return Page.of(store.deliveries(id, Cursor.decode(after, list), limit + 1), limit, Delivery::id, list);
    }

    @Transactional
    public void redeliver(UUID id, UUID deliveryId) {
        if (!store.redeliver(id, deliveryId)) {
            throw ProblemException.notFound("Delivery", deliveryId);
        }
    }
}
