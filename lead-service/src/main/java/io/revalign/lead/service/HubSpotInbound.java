package io.revalign.lead.service;

import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import io.revalign.lead.domain.hubspot.HubSpotSignature;
import io.revalign.lead.domain.inbound.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * HubSpot's webhook requests: checked against the app's v3 signature, then queued in the CRM inbox
 * ({@link InboundEvents}, source {@code hubspot}), which maps them with {@code revalign.hubspot.*}.
 */
@ApplicationScoped
public class HubSpotInbound {

    private final InboundEvents events;
    private final HubSpotConfig config;
    private final Clock clock;

    public HubSpotInbound(InboundEvents events, HubSpotConfig config, Clock clock) {
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Checks a webhook request's v3 signature: 403 when no client secret is configured, 401 when the
     * signature or timestamp is missing, wrong or too old. {@code requestUri} is the URL the request
     * reached, used when no webhook URL is configured.
     */
    public void verify(String method, URI requestUri, byte[] body, String timestamp, String signature) {
        String secret = config.clientSecret()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.FORBIDDEN,
                        "HubSpot webhooks are not enabled here: the operator sets REVALIGN_HUBSPOT_CLIENT_SECRET"));
        String uri = config.webhookUrl().orElse(requestUri).toString();
        Duration maxAge = config.maxAge();
        HubSpotSignature.Verdict verdict =
                HubSpotSignature.check(secret, method, uri, body, timestamp, signature, clock.instant(), maxAge);
        switch (verdict) {
            case VALID -> {}
            case MISSING ->
                throw new ProblemException(
                        ProblemType.UNAUTHORIZED,
                        "Send X-HubSpot-Signature-v3 and X-HubSpot-Request-Timestamp; HubSpot signs every request");
            case STALE ->
                throw new ProblemException(
                        ProblemType.UNAUTHORIZED,
                        "X-HubSpot-Request-Timestamp is more than " + maxAge.toMinutes() + " minutes from now");
            case MISMATCH ->
                throw new ProblemException(
                        ProblemType.UNAUTHORIZED, "X-HubSpot-Signature-v3 does not match this request");
        }
    }

    /** Queues the events; returns how many were new. */
    public int accept(List<InboundEvent> batch) {
        return events.accept(batch);
    }
}
