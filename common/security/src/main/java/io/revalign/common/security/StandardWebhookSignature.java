package io.revalign.common.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a Standard Webhooks delivery: {@code webhook-signature} holds one or more space-separated
 * {@code v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">} keyed with the
 * secret's bytes (written {@code whsec_<base64>}); any one matching, compared in constant time, is
 * enough (during a secret rotation the sender signs with both). A timestamp further from now than
 * the tolerance, either way, is refused, so a captured delivery cannot be replayed later.
 */
public final class StandardWebhookSignature {

    /** What checking a delivery found. */
    public enum Verdict {
        VALID,
        MISSING,
        STALE,
        MISMATCH;

        /** What to tell the sender when the delivery is refused; empty when it is valid. */
        public java.util.Optional<String> refusal(Duration tolerance) {
            return java.util.Optional.ofNullable(
                    switch (this) {
                        case VALID -> null;
                        case MISSING -> "Send webhook-id, webhook-timestamp and webhook-signature";
                        case STALE -> "webhook-timestamp is more than " + tolerance.toMinutes() + " minutes from now";
                        case MISMATCH -> "webhook-signature does not match this message";
                    });
        }
    }

    private static final String SECRET_PREFIX = "whsec_";

    private StandardWebhookSignature() {}

    /** Checks the three headers (any may be null) of a delivery against the secret. */
    public static Verdict check(
            String secret,
            String id,
            String timestamp,
            String signatures,
            byte[] body,
            Instant now,
            Duration tolerance) {
        if (isBlank(id) || isBlank(timestamp) || isBlank(signatures)) {
            return Verdict.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.MISMATCH;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] expected = sign(secret, id, seconds, body).getBytes(StandardCharsets.US_ASCII);
        for (String given : signatures.trim().split(" +")) {
            if (MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
                return Verdict.VALID;
            }
        }
        return Verdict.MISMATCH;
    }

    /** The {@code v1,...} signature of one delivery. */
    public static String sign(String secret, String id, long timestampSeconds, byte[] body) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
            mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether a configured secret can be used: {@code whsec_} followed by base64. */
    public static boolean isWellFormed(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            return Base64.getDecoder().decode(encoded).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
