package io.revalign.lead.service;

import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import io.revalign.common.security.StandardWebhookSignature;
import io.revalign.lead.domain.inbound.InboundMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Messages of the generic inbound sources (CRMs other than HubSpot): each source signs with its own
 * Standard Webhooks secret ({@code revalign.inbound.sources.<name>.secret}); a verified message is
 * split into contact events and queued in the CRM inbox, mapped like HubSpot's.
 */
@ApplicationScoped
public class GenericInbound {

    private final InboundEvents events;
    private final InboundConfig config;
    private final Clock clock;

    public GenericInbound(InboundEvents events, InboundConfig config, Clock clock) {
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Checks a message's signature: 404 for a source not configured, 403 when it has no secret, 401 when
     * a header is missing, the signature differs or the timestamp is outside the tolerance.
     */
    public void verify(String source, String id, String timestamp, String signature, byte[] body) {
        if (!events.isSource(source)) {
            throw new ProblemException(
                    ProblemType.NOT_FOUND,
                    "No inbound source '" + source + "' is configured (revalign.inbound.sources)");
        }
        String secret = config.sources()
                .get(source)
                .secret()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Source " + source + " is not enabled: the operator sets revalign.inbound.sources." + source
                                + ".secret"));
        StandardWebhookSignature.check(secret, id, timestamp, signature, body, clock.instant(), config.tolerance())
                .refusal(config.tolerance())
                .ifPresent(refusal -> {
                    throw new ProblemException(ProblemType.UNAUTHORIZED, refusal);
                });
    }

    /** Queues a verified message's events; returns how many were new (0: a redelivery). */
    public int accept(InboundMessage message) {
        return events.accept(message.events());
    }
}
