package io.revalign.common.testing;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * What every service's webhook test sets up around its own assertions: a {@link WebhookReceiver},
 * subscriptions to it made through the service's API, the dispatcher run until nothing is due, and at
 * the end every subscription deleted so the next test starts with none. The dispatcher is passed as its
 * two passes ({@code dispatcher::fanOut}, {@code dispatcher::deliver}) so this module needs no service's
 * classes.
 */
public final class WebhookSubscriptions implements AutoCloseable {

    private final String path;
    private final IntSupplier fanOut;
    private final IntSupplier deliver;
    private final WebhookReceiver receiver;

    private WebhookSubscriptions(String path, IntSupplier fanOut, IntSupplier deliver, WebhookReceiver receiver) {
        this.path = path;
        this.fanOut = fanOut;
        this.deliver = deliver;
        this.receiver = receiver;
    }

    /**
     * Fans out what earlier tests left (to nobody: no subscription is left over), then starts a receiver.
     *
     * @param path the service's subscriptions collection, e.g. {@code /api/webhooks/lead/subscriptions}
     */
    public static WebhookSubscriptions open(String path, IntSupplier fanOut, IntSupplier deliver) throws IOException {
        while (fanOut.getAsInt() > 0) {
            // events of earlier tests go to nobody here
        }
        return new WebhookSubscriptions(path, fanOut, deliver, WebhookReceiver.start());
    }

    public WebhookReceiver receiver() {
        return receiver;
    }

    /** Subscribes the receiver to these event types as an integration: 201 with a {@code whsec_} secret. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> subscribe(String... eventTypes) {
        return as("integration")
                .body(Map.of("url", receiver.url(), "eventTypes", List.of(eventTypes)))
                .post(path)
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract()
                .as(Map.class);
    }

    /** Runs fan-out and delivery passes until neither finds anything due. */
    public void dispatch() {
        while (fanOut.getAsInt() + deliver.getAsInt() > 0) {
            // until nothing is due
        }
    }

    /** Stops the receiver and deletes every subscription (each a 204). */
    @Override
    public void close() {
        receiver.close();
        List<String> ids = as("admin").get(path).then().extract().path("id");
        ids.forEach(id -> as("admin").delete(path + "/" + id).then().statusCode(204));
    }
}
