package io.revalign.common.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * Announces a change to webhook subscribers: the event is written in the transaction of the change
 * (so a rolled-back change announces nothing and a committed one is never lost) as a Standard
 * Webhooks payload {@code {"type", "timestamp", "data"}}; the dispatcher delivers it.
 */
@ApplicationScoped
public class Outbox {

    private final WebhookStore store;
    private final ObjectMapper mapper;

    public Outbox(WebhookStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void emit(String type, Map<String, Object> data) {
        emitAll(type, List.of(data));
    }

    /** One event of {@code type} per item of {@code data}, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emitAll(String type, List<Map<String, Object>> data) {
        emitEach(data.stream().map(item -> new Event(type, item)).toList());
    }

    /** An event to announce: its type and the {@code data} of its payload. */
    public record Event(String type, Map<String, Object> data) {}

    /** Each event, in this order, in one statement (one round trip however many types a change announces). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emitEach(List<Event> events) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<UUID> eventIds = new ArrayList<>(events.size());
        List<String> types = new ArrayList<>(events.size());
        List<String> payloads = new ArrayList<>(events.size());
        for (Event event : events) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("type", event.type());
            payload.put("timestamp", now.toString());
            payload.put("data", event.data());
            eventIds.add(newId());
            types.add(event.type());
            try {
                payloads.add(mapper.writeValueAsString(payload));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("An event payload cannot be written as JSON", e);
            }
        }
        store.emit(eventIds, types, payloads, now);
    }

    /** A time-ordered id (UUID version 7) for an event or a subscription. */
    static UUID newId() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }
}
