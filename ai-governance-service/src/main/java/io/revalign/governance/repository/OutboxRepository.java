package io.revalign.governance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The outbox: events written in the transaction of the change, for a later delivery to claim. */
@ApplicationScoped
public class OutboxRepository {

    private final EntityManager em;

    public OutboxRepository(EntityManager em) {
        this.em = em;
    }

    /** One event; {@code recipientRole} may be null for an event meant for every subscriber. */
    public record Event(
            UUID id,
            String eventType,
            String aggregateType,
            UUID aggregateId,
            String recipientRole,
            String payloadJson) {}

    /** Adds the events in one batch. */
    public void add(List<Event> events, Instant now) {
        if (events.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(db -> {
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO outbox_event (id, event_type, aggregate_type, "
                            + "aggregate_id, recipient_role, payload, created_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)")) {
                for (Event event : events) {
                    insert.setObject(1, event.id());
                    insert.setString(2, event.eventType());
                    insert.setString(3, event.aggregateType());
                    insert.setObject(4, event.aggregateId());
                    insert.setString(5, event.recipientRole());
                    insert.setString(6, event.payloadJson());
                    insert.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
