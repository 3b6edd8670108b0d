package io.revalign.lead.domain.hubspot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.revalign.lead.domain.hubspot.HubSpotSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HubSpotSignatureTest {

    static final String SECRET = "app-secret";
    static final String URI = "https://revalign.example/api/integrations/hubspot/webhooks?from=a%3Ab";
    static final byte[] BODY = "[{\"eventId\":1}]".getBytes(StandardCharsets.UTF_8);
    static final String TIMESTAMP = "1764581400000";
    static final Instant SENT = Instant.ofEpochMilli(1764581400000L);
    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    /**
     * Computed outside Java: printf '%s' 'POSThttps://revalign.example/api/integrations/hubspot/webhooks?from=a:b'\
     * '[{"eventId":1}]1764581400000' | openssl dgst -sha256 -hmac app-secret -binary | base64
     * (HubSpot decodes %3A before signing).
     */
    static final String SIGNED = "Q5ZxQ8T/vCwahczBkNAM7YcD942WBlPNGsx//1SFALU=";

    @Test
    void matchesAnIndependentlyComputedSignature() {
        assertEquals(SIGNED, HubSpotSignature.sign(SECRET, "POST", URI, BODY, TIMESTAMP));
        assertEquals(Verdict.VALID, check(SIGNED, TIMESTAMP, SENT.plusSeconds(299)));
    }

    @Test
    void refusesAnotherBodySecretOrMethod() {
        byte[] other = "[{\"eventId\":2}]".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                Verdict.MISMATCH,
                HubSpotSignature.check(SECRET, "POST", URI, other, TIMESTAMP, SIGNED, SENT, FIVE_MINUTES));
        assertEquals(
                Verdict.MISMATCH,
                HubSpotSignature.check("other", "POST", URI, BODY, TIMESTAMP, SIGNED, SENT, FIVE_MINUTES));
        assertEquals(
                Verdict.MISMATCH,
                HubSpotSignature.check(SECRET, "PUT", URI, BODY, TIMESTAMP, SIGNED, SENT, FIVE_MINUTES));
    }

    @Test
    void refusesOldFutureMissingAndUnreadableTimestamps() {
        assertEquals(Verdict.STALE, check(SIGNED, TIMESTAMP, SENT.plusSeconds(301)));
        assertEquals(Verdict.STALE, check(SIGNED, TIMESTAMP, SENT.minusSeconds(301)));
        assertEquals(Verdict.MISSING, check(SIGNED, null, SENT));
        assertEquals(Verdict.MISSING, check(null, TIMESTAMP, SENT));
        assertEquals(Verdict.MISSING, check(" ", TIMESTAMP, SENT));
        assertEquals(Verdict.MISMATCH, check(SIGNED, "yesterday", SENT));
    }

    @Test
    void aSignatureForAnotherTimestampDoesNotCarryOver() {
        String later = "1764581460000";
        assertEquals(Verdict.MISMATCH, check(SIGNED, later, SENT));
    }

    private static Verdict check(String signature, String timestamp, Instant now) {
        return HubSpotSignature.check(SECRET, "POST", URI, BODY, timestamp, signature, now, FIVE_MINUTES);
    }
}
