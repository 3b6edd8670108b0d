package io.revalign.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry entry = AuditChain.seal(
                    i,
                    Instant.parse("2026-11-20T09:30:00Z").plusSeconds(i),
                    "user" + (i % 3) + "@example.com",
                    "sales-leader",
                    "DECISION_MADE",
                    "DECISION",
                    new UUID(7, i),
                    i == 1 ? null : "{\"status\":\"OPEN\"}",
                    "{\"status\":\"DECIDED\",\"n\":" + i + "}",
                    prev);
            entries.add(entry);
            prev = entry.hash();
        }
        return entries;
    }

    static AuditChain.Verification verify(List<AuditEntry> entries, long headSeq, String headHash) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        entries.forEach(verifier::accept);
        return verifier.finish(headSeq, headHash);
    }

    static AuditChain.Verification verify(List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        return verify(entries, last.seq(), last.hash());
    }

    @Test
    void anUntouchedChainIsIntactAndAnEmptyOneToo() {
        AuditChain.Verification v = verify(chain(50));
        assertTrue(v.intact());
        assertEquals(50, v.entries());
        assertNull(v.firstBrokenSeq());
        assertTrue(verify(List.of(), 0, AuditChain.GENESIS).intact());
    }

    @Test
    void eachFieldIsCoveredByTheHash() {
        List<UnaryOperator<AuditEntry>> changes = List.of(
                e -> new AuditEntry(
                        e.seq(),
                        e.at().plusNanos(1000),
                        e.actor(),
                        e.roles(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.before(),
                        e.after(),
                        e.prevHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.seq(),
                        e.at(),
                        "mallory",
                        e.roles(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.before(),
                        e.after(),
                        e.prevHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.seq(),
                        e.at(),
                        e.actor(),
                        "admin",
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.before(),
                        e.after(),
                        e.prevHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.seq(),
                        e.at(),
                        e.actor(),
                        e.roles(),
                        "GOAL_CREATED",
                        e.entityType(),
                        e.entityId(),
                        e.before(),
                        e.after(),
                        e.prevHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.seq(),
                        e.at(),
                        e.actor(),
                        e.roles(),
                        e.action(),
                        "GOAL",
                        e.entityId(),
                        e.before(),
                        e.after(),
                        e.prevHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.seq(),
                        e.at(),
                        e.actor(),
                        e.roles(),
                        e.action(),
                        e.entityType(),
                        new UUID(1, 1),
                        e.before(),
                        e.after(),
                        e.prevHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.seq(),
                        e.at(),
                        e.actor(),
                        e.roles(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        null,
                        e.after(),
                        e.prevHash(),
                        e.hash()),
                e -> new AuditEntry(
                        e.seq(),
                        e.at(),
                        e.actor(),
                        e.roles(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.before(),
                        "{\"status\":\"REJECTED\"}",
                        e.prevHash(),
                        e.hash()));
        for (UnaryOperator<AuditEntry> change : changes) {
            List<AuditEntry> entries = chain(10);
            entries.set(4, change.apply(entries.get(4)));
            AuditChain.Verification v = verify(entries);
            assertFalse(v.intact());
            assertEquals(5L, v.firstBrokenSeq());
        }
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditEntry a =
                AuditChain.seal(1, Instant.EPOCH, "ab", "c", "X", "T", new UUID(0, 1), null, "{}", AuditChain.GENESIS);
        AuditEntry b =
                AuditChain.seal(1, Instant.EPOCH, "a", "bc", "X", "T", new UUID(0, 1), null, "{}", AuditChain.GENESIS);
        assertFalse(a.hash().equals(b.hash()));
    }

    @Test
    void removedReorderedOrCutEntriesAreFound() {
        List<AuditEntry> removed = chain(10);
        AuditEntry last = removed.get(9);
        removed.remove(3);
        AuditChain.Verification v = verify(removed, last.seq(), last.hash());
        assertEquals(4L, v.firstBrokenSeq());

        List<AuditEntry> cut = chain(10);
        cut.remove(9);
        v = verify(cut, last.seq(), last.hash());
        assertFalse(v.intact());
        assertEquals(10L, v.firstBrokenSeq());

        // a rewritten entry with a recomputed hash still breaks the next link
        List<AuditEntry> resealed = chain(10);
        AuditEntry e = resealed.get(2);
        resealed.set(
                2,
                AuditChain.seal(
                        e.seq(),
                        e.at(),
                        "mallory",
                        e.roles(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.before(),
                        e.after(),
                        e.prevHash()));
        v = verify(resealed);
        assertEquals(4L, v.firstBrokenSeq());
    }

    @Property(tries = 200)
    void anyChangedEntryIsTheFirstBrokenLink(
            @ForAll @IntRange(min = 1, max = 30) int size, @ForAll @IntRange(min = 0, max = 29) int at) {
        int index = at % size;
        List<AuditEntry> entries = chain(size);
        AuditEntry e = entries.get(index);
        entries.set(
                index,
                new AuditEntry(
                        e.seq(),
                        e.at(),
                        e.actor() + "x",
                        e.roles(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.before(),
                        e.after(),
                        e.prevHash(),
                        e.hash()));
        AuditChain.Verification v = verify(entries);
        assertFalse(v.intact());
        assertEquals(index + 1L, v.firstBrokenSeq());
    }

    static List<AuditRecord> records(int n) {
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            records.add(new AuditRecord(
                    100 + i,
                    Instant.parse("2026-11-20T09:30:00Z").plusSeconds(i),
                    "user" + (i % 3) + "@example.com",
                    "sales-leader",
                    "DECISION_MADE",
                    "DECISION",
                    new UUID(7, i),
                    i == 1 ? null : "{\"status\":\"OPEN\"}",
                    "{\"status\":\"DECIDED\",\"n\":" + i + "}"));
        }
        return records;
    }

    @Test
    void sealingABatchChainsItsRecordsInOrderAsSealingThemOneByOne() {
        List<AuditEntry> batch = AuditChain.sealAll(0, AuditChain.GENESIS, records(20));
        assertEquals(chain(20), batch);
        assertTrue(verify(batch).intact());
    }

    @Property
    void batchesSealedOneAfterAnotherFormOneIntactChain(
            @ForAll @IntRange(min = 1, max = 40) int total, @ForAll @IntRange(min = 1, max = 40) int batchSize) {
        List<AuditRecord> records = records(total);
        List<AuditEntry> chain = new ArrayList<>();
        long headSeq = 0;
        String headHash = AuditChain.GENESIS;
        for (int from = 0; from < total; from += batchSize) {
            List<AuditEntry> sealed =
                    AuditChain.sealAll(headSeq, headHash, records.subList(from, Math.min(total, from + batchSize)));
            chain.addAll(sealed);
            headSeq = sealed.get(sealed.size() - 1).seq();
            headHash = sealed.get(sealed.size() - 1).hash();
        }
        assertEquals(chain(total), chain);
        AuditChain.Verification verification = verify(chain, headSeq, headHash);
        assertTrue(verification.intact());
        assertEquals(total, verification.entries());
    }

    @Test
    void aBatchSealedOntoAnOlderHeadDoesNotLinkToTheNewerOne() {
        List<AuditEntry> first = AuditChain.sealAll(0, AuditChain.GENESIS, records(3));
        List<AuditEntry> stale = AuditChain.sealAll(0, AuditChain.GENESIS, records(2));
        List<AuditEntry> both = new ArrayList<>(first);
        both.addAll(stale);
        AuditChain.Verification verification = verify(both);
        assertFalse(verification.intact());
        assertEquals(4L, verification.firstBrokenSeq());
    }
}
