package io.revalign.governance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.governance.domain.AuditChain;
import io.revalign.governance.domain.AuditEntry;
import io.revalign.governance.domain.AuditFilter;
import io.revalign.governance.domain.AuditRecord;
import io.revalign.governance.repository.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records changes for the tamper-evident audit trail inside the caller's transaction, lists the
 * trail and verifies it. Recording takes no lock: the transaction inserts its records, and {@link
 * AuditSealer} chains committed records in batches. Listing and verifying seal first, so they show
 * every change committed before the call.
 */
@ApplicationScoped
public class AuditService {

    private final AuditRepository audit;
    private final AuditSealer sealer;
    private final Caller caller;
    private final ObjectMapper mapper;

    public AuditService(AuditRepository audit, AuditSealer sealer, Caller caller, ObjectMapper mapper) {
        this.audit = audit;
        this.sealer = sealer;
        this.caller = caller;
        this.mapper = mapper;
    }

    /** One change to record: what was done to which entity, and the entity before and after (null: absent). */
    public record Change(
            String action, String entityType, UUID entityId, Map<String, Object> before, Map<String, Object> after) {}

    /** A verification of the sealed chain, and how many records committed meanwhile still wait to be sealed. */
    public record Verified(AuditChain.Verification verification, long unsealed) {}

    /** Records that the caller did {@code action} to an entity; before/after are null when it did not / no longer exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String action, String entityType, UUID entityId, Map<String, Object> before, Map<String, Object> after) {
        record(List.of(new Change(action, entityType, entityId, before, after)));
    }

    /** Records several changes of one transaction; they are sealed in this order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<Change> changes) {
        String actor = caller.name();
        String roles = String.join(",", caller.roles());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        audit.record(changes.stream()
                .map(change -> new AuditRecord(
                        0,
                        now,
                        actor,
                        roles,
                        change.action(),
                        change.entityType(),
                        change.entityId(),
                        json(change.before()),
                        json(change.after())))
                .toList());
    }

    /** A page of entries, oldest first. The cursor carries the sequence number as the low half of a UUID. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Page<AuditEntry> list(AuditFilter filter, String after, int limit) {
        UUID cursor = Cursor.decode(after, filter);
        long afterSeq = cursor == null ? 0 : cursor.getLeastSignificantBits();
        sealer.sealCommitted();
        List<AuditEntry> rows = QuarkusTransaction.requiringNew().call(() -> audit.page(filter, afterSeq, limit + 1));
        return Page.of(rows, limit, entry -> new UUID(0, entry.seq()), filter);
    }

    /** Seals what is committed, then recomputes the whole chain up to its head and reports the first broken link. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Verified verify() {
        sealer.sealCommitted();
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditRepository.Head head = audit.head();
            AuditChain.Verifier verifier = new AuditChain.Verifier();
            audit.forEach(verifier::accept, head.seq());
            return new Verified(verifier.finish(head.seq(), head.hash()), audit.unsealedCount());
        });
    }

    /** A snapshot as the JSON text stored and hashed. */
    public String json(Map<String, Object> snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an audit snapshot", e);
        }
    }
}
