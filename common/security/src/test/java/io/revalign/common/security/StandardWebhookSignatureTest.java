package io.revalign.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.revalign.common.security.StandardWebhookSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The verifier against the Standard Webhooks specification's own example, and the ways a delivery fails. */
class StandardWebhookSignatureTest {

    // The example of the Standard Webhooks specification and its reference libraries.
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330;
    static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    static final Instant SENT = Instant.ofEpochSecond(TIMESTAMP);
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Test
    void signsAsTheSpecificationsExample() {
        assertEquals(SIGNATURE, StandardWebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void acceptsTheExampleAndAnyOneOfSeveralSignatures() {
        assertEquals(Verdict.VALID, check(SIGNATURE, SENT));
        assertEquals(Verdict.VALID, check("v1,b3RoZXI= " + SIGNATURE, SENT.plusSeconds(299)));
    }

    @Test
    void refusesAChangedBodyIdOrSignature() {
        assertEquals(
                Verdict.MISMATCH,
                StandardWebhookSignature.check(
                        SECRET,
                        ID,
                        Long.toString(TIMESTAMP),
                        SIGNATURE,
                        "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8),
                        SENT,
                        TOLERANCE));
        assertEquals(
                Verdict.MISMATCH,
                StandardWebhookSignature.check(
                        SECRET, ID + "x", Long.toString(TIMESTAMP), SIGNATURE, BODY, SENT, TOLERANCE));
        assertEquals(Verdict.MISMATCH, check("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE", SENT));
        assertEquals(
                Verdict.MISMATCH,
                StandardWebhookSignature.check(SECRET, ID, "yesterday", SIGNATURE, BODY, SENT, TOLERANCE));
    }

    @Test
    void refusesATimestampOutsideTheToleranceEitherWay() {
        assertEquals(Verdict.STALE, check(SIGNATURE, SENT.plusSeconds(301)));
        assertEquals(Verdict.STALE, check(SIGNATURE, SENT.minusSeconds(301)));
    }

    @Test
    void aRefusalSaysWhatToSendAndAValidDeliveryHasNone() {
        java.time.Duration tolerance = java.time.Duration.ofMinutes(5);
        assertEquals(java.util.Optional.empty(), Verdict.VALID.refusal(tolerance));
        assertEquals(
                "Send webhook-id, webhook-timestamp and webhook-signature",
                Verdict.MISSING.refusal(tolerance).orElseThrow());
        assertEquals(
                "webhook-timestamp is more than 5 minutes from now",
                Verdict.STALE.refusal(tolerance).orElseThrow());
        assertEquals(
                "webhook-signature does not match this message",
                Verdict.MISMATCH.refusal(tolerance).orElseThrow());
    }

    @Test
    void reportsMissingHeaders() {
        assertEquals(Verdict.MISSING, check(null, SENT));
        assertEquals(
                Verdict.MISSING,
                StandardWebhookSignature.check(
                        SECRET, null, Long.toString(TIMESTAMP), SIGNATURE, BODY, SENT, TOLERANCE));
        assertEquals(
                Verdict.MISSING, StandardWebhookSignature.check(SECRET, ID, " ", SIGNATURE, BODY, SENT, TOLERANCE));
    }

    private static Verdict check(String signature, Instant now) {
        return StandardWebhookSignature.check(SECRET, ID, Long.toString(TIMESTAMP), signature, BODY, now, TOLERANCE);
    }
}
