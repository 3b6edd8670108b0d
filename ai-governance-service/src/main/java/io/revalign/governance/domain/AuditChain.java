package io.revalign.governance.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The hash chain of the audit trail, pure. Each entry's hash is SHA-256 over its sequence number,
 * time (microseconds), actor, roles, action, entity, before and after, and the previous entry's
 * hash, every field length-prefixed so no two entries serialise alike; the first entry's
 * predecessor is {@link #GENESIS}. Changing, removing or reordering any entry breaks the link of
 * that entry or of the next one, and removing entries from the end no longer matches the chain
 * head, which {@link Verifier#finish} compares.
 *
 * <p>Changes are recorded without waiting for one another ({@link AuditRecord}) and sealed into the
 * chain in batches: {@link #sealAll} links each record onto its predecessor, starting at the head.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** The entry with its hash, given what it records and its predecessor's hash. */
    public static AuditEntry seal(
            long seq,
            Instant at,
            String actor,
            String roles,
            String action,
            String entityType,
            UUID entityId,
            String before,
            String after,
            String prevHash) {
        AuditEntry unsealed =
                new AuditEntry(seq, at, actor, roles, action, entityType, entityId, before, after, prevHash, null);
        return new AuditEntry(
                seq, at, actor, roles, action, entityType, entityId, before, after, prevHash, hash(unsealed, digest()));
    }

    /**
     * The entries that seal {@code records}, in the given order, onto a chain whose head is entry
     * {@code headSeq} with hash {@code headHash}: sequence numbers follow on, each entry holds its
     * predecessor's hash.
     */
    public static List<AuditEntry> sealAll(long headSeq, String headHash, List<AuditRecord> records) {
        List<AuditEntry> entries = new ArrayList<>(records.size());
        long seq = headSeq;
        String prev = headHash;
        for (AuditRecord record : records) {
            AuditEntry entry = seal(
                    ++seq,
                    record.at(),
                    record.actor(),
                    record.roles(),
                    record.action(),
                    record.entityType(),
                    record.entityId(),
                    record.before(),
                    record.after(),
                    prev);
            entries.add(entry);
            prev = entry.hash();
        }
        return entries;
    }

    /** The hash an entry should have (its own {@code hash} field is ignored). */
    public static String hash(AuditEntry entry) {
        return hash(entry, digest());
    }

    static String hash(AuditEntry entry, MessageDigest digest) {
        digest.reset();
        digest.update(ByteBuffer.allocate(16)
                .putLong(entry.seq())
                .putLong(ChronoUnit.MICROS.between(Instant.EPOCH, entry.at()))
                .array());
        field(digest, entry.actor());
        field(digest, entry.roles());
        field(digest, entry.action());
        field(digest, entry.entityType());
        field(digest, entry.entityId() == null ? null : entry.entityId().toString());
        field(digest, entry.before());
        field(digest, entry.after());
        field(digest, entry.prevHash());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome of a verification: how many entries were read and the first broken link, if any. */
    public record Verification(long entries, boolean intact, Long firstBrokenSeq, String problem, String headHash) {}

    /** Checks entries fed in sequence order, one at a time, so a long chain is never held in memory. */
    public static final class Verifier {

        private final MessageDigest digest = digest();
        private long entries;
        private long lastSeq;
        private String lastHash = GENESIS;
        private Long brokenSeq;
        private String problem;

        /** Checks the next entry; after the first broken link the rest are only counted. */
        public void accept(AuditEntry entry) {
            entries++;
            if (brokenSeq != null) {
                return;
            }
            if (entry.seq() != lastSeq + 1) {
                broken(lastSeq + 1, "entry " + (lastSeq + 1) + " is missing; the next stored entry is " + entry.seq());
            } else if (!lastHash.equals(entry.prevHash())) {
                broken(entry.seq(), "entry " + entry.seq() + " does not hold the hash of entry " + lastSeq);
            } else if (!hash(entry, digest).equals(entry.hash())) {
                broken(
                        entry.seq(),
                        "entry " + entry.seq() + " was changed after it was written: its content does not "
                                + "match its hash");
            }
            lastSeq = entry.seq();
            lastHash = entry.hash();
        }

        /** The verdict, given the chain head's sequence number and hash as stored. */
        public Verification finish(long headSeq, String headHash) {
            if (brokenSeq == null && (headSeq != lastSeq || !headHash.equals(lastHash))) {
                broken(
                        Math.min(headSeq, lastSeq) + 1,
                        "the chain head is at entry " + headSeq + " but the last stored entry is " + lastSeq
                                + (headSeq == lastSeq ? " with another hash" : "")
                                + ": entries were removed or the head was changed");
            }
            return new Verification(entries, brokenSeq == null, brokenSeq, problem, lastHash);
        }

        private void broken(long seq, String why) {
            brokenSeq = seq;
            problem = why;
        }
    }
}
