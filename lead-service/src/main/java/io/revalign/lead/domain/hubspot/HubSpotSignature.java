package io.revalign.lead.domain.hubspot;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HubSpot's request signature, version 3: the base64 HMAC-SHA256, keyed with the app's client
 * secret, of method + full request URI + body + the {@code X-HubSpot-Request-Timestamp} header
 * (milliseconds since the epoch). A request is refused when the signature differs (compared in
 * constant time) or when its timestamp is further than the allowed age from now, in either
 * direction, so a captured request cannot be replayed later.
 */
public final class HubSpotSignature {

    /** What checking a request found. */
    public enum Verdict {
        VALID,
        MISSING,
        STALE,
        MISMATCH
    }

    /** The escapes HubSpot decodes in the URI before signing it. */
    private static final Map<String, String> DECODED = Map.ofEntries(
            Map.entry("%3A", ":"),
            Map.entry("%2F", "/"),
            Map.entry("%3F", "?"),
            Map.entry("%40", "@"),
            Map.entry("%21", "!"),
            Map.entry("%24", "$"),
            Map.entry("%27", "'"),
            Map.entry("%28", "("),
            Map.entry("%29", ")"),
            Map.entry("%2A", "*"),
            Map.entry("%2C", ","),
            Map.entry("%3B", ";"));

    private HubSpotSignature() {}

    /** Checks a request's signature and timestamp headers (either may be null) against the secret. */
    public static Verdict check(
            String secret,
            String method,
            String uri,
            byte[] body,
            String timestamp,
            String signature,
            Instant now,
            Duration maxAge) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Verdict.MISSING;
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.MISMATCH;
        }
        if (Math.abs(now.toEpochMilli() - millis) > maxAge.toMillis()) {
            return Verdict.STALE;
        }
        byte[] expected = sign(secret, method, uri, body, timestamp.trim()).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    /** The signature HubSpot sends for this request. */
    public static String sign(String secret, String method, String uri, byte[] body, String timestamp) {
        byte[] prefix = (method + decode(uri)).getBytes(StandardCharsets.UTF_8);
        byte[] suffix = timestamp.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(prefix);
            mac.update(body);
            mac.update(suffix);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static String decode(String uri) {
        StringBuilder out = new StringBuilder(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            String escape = i + 3 <= uri.length() ? uri.substring(i, i + 3).toUpperCase() : "";
            String decoded = uri.charAt(i) == '%' ? DECODED.get(escape) : null;
            if (decoded != null) {
                out.append(decoded);
                i += 2;
            } else {
                out.append(uri.charAt(i));
            }
        }
        return out.toString();
    }
}
