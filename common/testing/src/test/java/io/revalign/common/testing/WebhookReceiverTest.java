package io.revalign.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import io.revalign.common.testing.WebhookReceiver.Delivery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The receiver the services' webhook tests trust: what it keeps, what it answers, what it verifies. */
class WebhookReceiverTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    static int send(WebhookReceiver receiver, String id, String body, String secret) throws Exception {
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url()))
                .header("webhook-id", id)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", new Webhook(secret).sign(id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void keepsEveryDeliveryInOrderAndFindsThoseAboutOneThing() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            assertEquals(204, send(receiver, "msg_1", "{\"type\":\"lead.created\",\"data\":{\"id\":\"a\"}}", SECRET));
            assertEquals(204, send(receiver, "msg_2", "{\"type\":\"lead.created\",\"data\":{\"id\":\"b\"}}", SECRET));
            assertEquals(204, send(receiver, "msg_3", "{\"type\":\"lead.updated\",\"data\":{\"id\":\"a\"}}", SECRET));

            assertEquals(
                    List.of("msg_1", "msg_2", "msg_3"),
                    receiver.deliveries().stream().map(Delivery::id).toList());
            assertEquals(
                    List.of("lead.created", "lead.updated"),
                    receiver.about("id", "a").stream().map(Delivery::type).toList());
            assertEquals(List.of(), receiver.about("id", "c"));
        }
    }

    @Test
    void answersWithTheStatusItIsToldFromTheNextDeliveryOn() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(503);
            assertEquals(503, send(receiver, "msg_1", "{}", SECRET));
            receiver.answer(200);
            assertEquals(200, send(receiver, "msg_2", "{}", SECRET));
            assertEquals(2, receiver.deliveries().size());
        }
    }

    @Test
    void acceptsTheSignatureOfItsSecretOnly() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            send(receiver, "msg_1", "{\"data\":{}}", SECRET);
            Delivery delivery = receiver.deliveries().get(0);
            assertTrue(delivery.verifies(SECRET));
            assertFalse(delivery.verifies("whsec_" + "QW5vdGhlciBzZWNyZXQgb2YgMzIgYnl0ZXMgISEhISE="));
        }
    }
}
