package io.revalign.skills.repository;

import io.revalign.common.bulk.BulkStatus;
import io.revalign.skills.domain.Seller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * The set-based write of a roster import: one {@code INSERT … ON CONFLICT (external_id) DO UPDATE … WHERE changed
 * RETURNING} for a batch of distinct external ids (sorted, so parallel importers lock rows in one order), and one
 * read of the ids of the rows it left unchanged.
 */
@ApplicationScoped
public class SellerWriter {

    /** What the write did to one external id, and the seller's id. */
    public record Written(UUID id, BulkStatus status) {}

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private final EntityManager entityManager;

    public SellerWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Upserts these sellers (distinct external ids); the outcome per external id. */
    public Map<String, Written> upsert(List<Seller> sellers) {
        if (sellers.isEmpty()) {
            return Map.of();
        }
        List<Seller> sorted = new ArrayList<>(sellers);
        sorted.sort((a, b) -> a.externalId.compareTo(b.externalId));
        String sql = "INSERT INTO seller AS s (id, external_id, name, email, role, team, manager_external_id, active,"
                + " created_at, updated_at, version) VALUES "
                + String.join(", ", Collections.nCopies(sorted.size(), ROW))
                + " ON CONFLICT (external_id) DO UPDATE SET name = excluded.name, email = excluded.email,"
                + " role = excluded.role, team = excluded.team, manager_external_id = excluded.manager_external_id,"
                + " active = excluded.active, updated_at = excluded.updated_at, version = s.version + 1"
                + " WHERE (s.name, s.email, s.role, s.team, s.manager_external_id, s.active) IS DISTINCT FROM"
                + " (excluded.name, excluded.email, excluded.role, excluded.team, excluded.manager_external_id,"
                + " excluded.active)"
                + " RETURNING s.external_id, s.id, (s.xmax = 0) AS inserted";
        return session().doReturningWork(connection -> write(connection, sql, sorted));
    }

    private Map<String, Written> write(Connection connection, String sql, List<Seller> sellers) throws SQLException {
        Map<String, Written> written = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int p = 1;
            for (Seller seller : sellers) {
                insert.setObject(p++, seller.id == null ? UuidVersion7Strategy.INSTANCE.generateUuid(null) : seller.id);
                insert.setString(p++, seller.externalId);
                insert.setString(p++, seller.name);
                insert.setString(p++, seller.email);
                insert.setString(p++, seller.role.name());
                insert.setString(p++, seller.team);
                insert.setString(p++, seller.managerExternalId);
                insert.setBoolean(p++, seller.active);
                insert.setTimestamp(p++, Timestamp.from(seller.createdAt));
                insert.setTimestamp(p++, Timestamp.from(seller.updatedAt));
            }
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    written.put(
                            rows.getString(1),
                            new Written(
                                    rows.getObject(2, UUID.class),
                                    rows.getBoolean(3) ? BulkStatus.CREATED : BulkStatus.UPDATED));
                }
            }
        }
        List<String> unchanged = sellers.stream()
                .map(s -> s.externalId)
                .filter(id -> !written.containsKey(id))
                .toList();
        if (!unchanged.isEmpty()) {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT external_id, id FROM seller WHERE external_id = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("varchar", unchanged.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        written.put(
                                rows.getString(1), new Written(rows.getObject(2, UUID.class), BulkStatus.UNCHANGED));
                    }
                }
            }
        }
        return written;
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
