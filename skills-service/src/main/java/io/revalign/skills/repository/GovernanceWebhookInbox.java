package io.revalign.skills.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Governance webhooks received, one row per webhook-id: the first delivery claims the id (a concurrent
 * redelivery waits on the key until the first commits, then finds it taken), and records what it did.
 */
@ApplicationScoped
public class GovernanceWebhookInbox {

    private final EntityManager entityManager;

    public GovernanceWebhookInbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Claims a webhook-id; false when a delivery with this id was received before. */
    public boolean claim(String webhookId, String eventType, UUID decisionId, Instant now) {
        return entityManager
                        .createNativeQuery(
                                "INSERT INTO governance_webhook (webhook_id, event_type, decision_id, outcome, received_at)"
                                        + " VALUES (?1, ?2, ?3, 'IGNORED', ?4) ON CONFLICT (webhook_id) DO NOTHING")
                        .setParameter(1, webhookId)
                        .setParameter(2, eventType)
                        .setParameter(3, decisionId)
                        .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    /** Records what a claimed delivery did: APPLIED, UNCHANGED or IGNORED, and why. */
    public void record(String webhookId, String outcome, String detail) {
        entityManager
                .createNativeQuery("UPDATE governance_webhook SET outcome = ?2, detail = ?3 WHERE webhook_id = ?1")
                .setParameter(1, webhookId)
                .setParameter(2, outcome)
                .setParameter(3, detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000))
                .executeUpdate();
    }
}
