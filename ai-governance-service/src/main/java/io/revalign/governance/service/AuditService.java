package io.revalign.governance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.governance.domain.AuditChain;
import io.revalign.governance.domain.AuditEntry;
import io.revalign.governance.domain.AuditFilter;
import io.revalign.governance.repository.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends to the tamper-evident audit trail inside the caller's transaction, lists it and verifies
 * it. An append locks the chain head row until the commit, so appends from any number of replicas
 * form one chain; callers append last, after their own writes, to hold that lock briefly.
 */
@ApplicationScoped
public class AuditService {

    private final AuditRepository audit;
    private final Caller caller;
    private final ObjectMapper mapper;

    public AuditService(AuditRepository audit, Caller caller, ObjectMapper mapper) {
        this.audit = audit;
        this.caller = caller;
        this.mapper = mapper;
    }

    /** One change to record: what was done to which entity, and the entity before and after (null: absent). */
    public record Change(
            String action, String entityType, UUID entityId, Map<String, Object> before, Map<String, Object> after) {}

    /** Records that the caller did {@code action} to an entity; before/after are null when it did not / no longer exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(
            String action, String entityType, UUID entityId, Map<String, Object> before, Map<String, Object> after) {
        return record(List.of(new Change(action, entityType, entityId, before, after)))
                .get(0);
    }

    /** Records several changes of one transaction as consecutive entries, with one lock of the chain head. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditEntry> record(List<Change> changes) {
        List<String[]> json = changes.stream()
                .map(change -> new String[] {json(change.before()), json(change.after())})
                .toList();
        String actor = caller.name();
        String roles = String.join(",", caller.roles());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditRepository.Head head = audit.lockHead();
        List<AuditEntry> entries = new ArrayList<>();
        long seq = head.seq();
        String prev = head.hash();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            AuditEntry entry = AuditChain.seal(
                    ++seq,
                    now,
                    actor,
                    roles,
                    change.action(),
                    change.entityType(),
                    change.entityId(),
                    json.get(i)[0],
                    json.get(i)[1],
                    prev);
            entries.add(entry);
            prev = entry.hash();
        }
        audit.append(entries);
        return entries;
    }

    /** A page of entries, oldest first. The cursor carries the sequence number as the low half of a UUID. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> list(AuditFilter filter, String after, int limit) {
        UUID cursor = Cursor.decode(after, filter);
        long afterSeq = cursor == null ? 0 : cursor.getLeastSignificantBits();
        List<AuditEntry> rows = audit.page(filter, afterSeq, limit + 1);
        return Page.of(rows, limit, entry -> new UUID(0, entry.seq()), filter);
    }

    /** Recomputes the whole chain in one read-only snapshot and reports the first broken link. */
    @Transactional
    public AuditChain.Verification verify() {
        AuditRepository.Head head = audit.head();
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        audit.forEach(verifier::accept, head.seq());
        return verifier.finish(head.seq(), head.hash());
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
