package io.revalign.common.webhooks;

import io.revalign.common.security.StandardWebhookSignature;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signatures per Standard Webhooks: {@code webhook-signature: v1,<base64 HMAC-SHA256 of
 * "<webhook-id>.<webhook-timestamp>.<body>">}, keyed with the secret's bytes. A secret is written
 * {@code whsec_<base64 of 24 random bytes>}, as the Standard Webhooks libraries expect it.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new random secret. */
    public static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} value for one message. */
    public static String sign(String secret, String messageId, long timestampSeconds, byte[] body) {
        return StandardWebhookSignature.sign(secret, messageId, timestampSeconds, body);
    }
}
