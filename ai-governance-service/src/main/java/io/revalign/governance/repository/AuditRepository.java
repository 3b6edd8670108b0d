package io.revalign.governance.repository;

import io.revalign.governance.domain.AuditEntry;
import io.revalign.governance.domain.AuditFilter;
import io.revalign.governance.domain.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * The audit trail in PostgreSQL, in plain JDBC on the transaction's connection: the records changes
 * append, the chain they are sealed into, and its head. The json columns must come back as exactly
 * the text that was hashed, and verification streams every entry.
 */
@ApplicationScoped
public class AuditRepository {

    private static final String COLUMNS =
            "seq, at, actor, roles, action, entity_type, entity_id, before::text, after::text, prev_hash, hash";

    private final EntityManager em;

    public AuditRepository(EntityManager em) {
        this.em = em;
    }

    /** The chain head's sequence number and hash. */
    public record Head(long seq, String hash) {}

    /** Inserts the records of one transaction (their ids are given by PostgreSQL, in order). */
    public void record(List<AuditRecord> records) {
        work(db -> {
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO audit_record (at, actor, roles, action, entity_type, entity_id, before, after)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?::json, ?::json)")) {
                for (AuditRecord record : records) {
                    insert.setObject(1, OffsetDateTime.ofInstant(record.at(), ZoneOffset.UTC));
                    insert.setString(2, record.actor());
                    insert.setString(3, record.roles());
                    insert.setString(4, record.action());
                    insert.setString(5, record.entityType());
                    insert.setObject(6, record.entityId());
                    setText(insert, 7, record.before());
                    setText(insert, 8, record.after());
                    insert.addBatch();
                }
                insert.executeBatch();
                return null;
            }
        });
    }

    /** Locks the chain head until the transaction ends and returns it, waiting for a sealer that holds it. */
    public Head lockHead() {
        return lockHead("FOR UPDATE").orElseThrow();
    }

    /** Locks the chain head until the transaction ends, or empty at once when another sealer holds it. */
    public Optional<Head> tryLockHead() {
        return lockHead("FOR UPDATE SKIP LOCKED");
    }

    private Optional<Head> lockHead(String lock) {
        return work(db -> {
            try (PreparedStatement select =
                            db.prepareStatement("SELECT seq, hash FROM audit_chain_head WHERE id = 1 " + lock);
                    ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Head(row.getLong(1), row.getString(2))) : Optional.empty();
            }
        });
    }

    /** The chain head as committed, without locking it. */
    public Head head() {
        return work(db -> {
            try (PreparedStatement select = db.prepareStatement("SELECT seq, hash FROM audit_chain_head WHERE id = 1");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return new Head(row.getLong(1), row.getString(2));
            }
        });
    }

    /** Up to {@code limit} committed records not yet sealed, in id order (the order they are sealed in). */
    public List<AuditRecord> unsealed(int limit) {
        return work(db -> {
            try (PreparedStatement select = db.prepareStatement("SELECT id, at, actor, roles, action, entity_type,"
                    + " entity_id, before::text, after::text FROM audit_record ORDER BY id LIMIT ?")) {
                select.setInt(1, limit);
                List<AuditRecord> records = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        records.add(new AuditRecord(
                                row.getLong(1),
                                row.getObject(2, OffsetDateTime.class).toInstant(),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                row.getObject(7, UUID.class),
                                row.getString(8),
                                row.getString(9)));
                    }
                }
                return records;
            }
        });
    }

    /** How many committed records wait to be sealed. */
    public long unsealedCount() {
        return work(db -> {
            try (PreparedStatement select = db.prepareStatement("SELECT count(*) FROM audit_record");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /**
     * Seals: inserts the entries (consecutive, in order; {@code records.get(i)} is what entry i seals),
     * removes the sealed records and moves the (locked) head to the last entry, in one round trip each.
     */
    public void seal(List<AuditRecord> records, List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        work(db -> {
            try (PreparedStatement insert = db.prepareStatement(
                            "INSERT INTO audit_entry (seq, at, actor, roles, action, entity_type, entity_id, before, "
                                    + "after, prev_hash, hash, record_id) "
                                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::json, ?::json, ?, ?, ?)");
                    PreparedStatement remove = db.prepareStatement("DELETE FROM audit_record WHERE id = ANY(?)");
                    PreparedStatement head =
                            db.prepareStatement("UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1")) {
                Long[] ids = new Long[records.size()];
                for (int i = 0; i < entries.size(); i++) {
                    AuditEntry entry = entries.get(i);
                    ids[i] = records.get(i).id();
                    insert.setLong(1, entry.seq());
                    insert.setObject(2, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
                    insert.setString(3, entry.actor());
                    insert.setString(4, entry.roles());
                    insert.setString(5, entry.action());
                    insert.setString(6, entry.entityType());
                    insert.setObject(7, entry.entityId());
                    setText(insert, 8, entry.before());
                    setText(insert, 9, entry.after());
                    insert.setString(10, entry.prevHash());
                    insert.setString(11, entry.hash());
                    insert.setLong(12, ids[i]);
                    insert.addBatch();
                }
                insert.executeBatch();
                remove.setArray(1, db.createArrayOf("bigint", ids));
                remove.executeUpdate();
                head.setLong(1, last.seq());
                head.setString(2, last.hash());
                head.executeUpdate();
                return null;
            }
        });
    }

    /** Up to {@code limit} entries after sequence number {@code afterSeq}, oldest first. */
    public List<AuditEntry> page(AuditFilter filter, long afterSeq, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE seq > ?");
        List<Object> parameters = new ArrayList<>(List.of(afterSeq));
        if (filter.entityType() != null) {
            sql.append(" AND entity_type = ?");
            parameters.add(filter.entityType());
        }
        if (filter.entityId() != null) {
            sql.append(" AND entity_id = ?");
            parameters.add(filter.entityId());
        }
        if (filter.actor() != null) {
            sql.append(" AND actor = ?");
            parameters.add(filter.actor());
        }
        if (filter.action() != null) {
            sql.append(" AND action = ?");
            parameters.add(filter.action());
        }
        sql.append(" ORDER BY seq LIMIT ?");
        parameters.add(limit);
        return work(db -> {
            try (PreparedStatement select = db.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                }
                return entries;
            }
        });
    }

    /**
     * Feeds every entry up to {@code lastSeq} to {@code sink} in sequence order, a few thousand rows in
     * memory at a time (entries appended after the head was read are left for the next verification).
     */
    public void forEach(Consumer<AuditEntry> sink, long lastSeq) {
        work(db -> {
            try (PreparedStatement select =
                    db.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE seq <= ? ORDER BY seq")) {
                select.setLong(1, lastSeq);
                select.setFetchSize(5000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(entry(rows));
                    }
                }
                return null;
            }
        });
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(
                row.getLong(1),
                row.getObject(2, OffsetDateTime.class).toInstant(),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getObject(7, UUID.class),
                row.getString(8),
                row.getString(9),
                row.getString(10),
                row.getString(11));
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
