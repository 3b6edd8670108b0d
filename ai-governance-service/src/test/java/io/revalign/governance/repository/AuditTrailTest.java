package io.revalign.governance.repository;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.PostgresTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail is append-only for the service's role, and verify finds a row a superuser changed. */
@QuarkusTest
class AuditTrailTest {

    static Connection asService() throws SQLException {
        return DriverManager.getConnection(
                PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE), "governance_service", "");
    }

    static Connection asSuperuser() throws SQLException {
        return DriverManager.getConnection(PostgresTestResource.server().adminUrl(PostgresTestResource.DATABASE));
    }

    static long goal() {
        as("sales-leader")
                .body(Map.of(
                        "title", "Audit me", "metric", "m", "target", "t", "period", "2027", "ownerRole", "revops"))
                .post("/api/goals")
                .then()
                .statusCode(201);
        return as("admin")
                .get("/api/governance/audit/verify")
                .then()
                .extract()
                .<Number>path("entries")
                .longValue();
    }

    @Test
    void theServiceRoleCannotChangeOrRemoveEntries() throws Exception {
        goal();
        try (Connection db = asService();
                Statement statement = db.createStatement()) {
            for (String sql : new String[] {
                "UPDATE governance.audit_entry SET actor = 'mallory' WHERE seq = 1",
                "DELETE FROM governance.audit_entry WHERE seq = 1",
                "TRUNCATE governance.audit_entry",
                "DELETE FROM governance.audit_chain_head"
            }) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
                assertEquals("42501", refused.getSQLState(), sql);
            }
            // even after granting itself the privilege back, the trigger refuses
            statement.execute("GRANT UPDATE, DELETE ON governance.audit_entry TO governance_service");
            try {
                SQLException refused = assertThrows(
                        SQLException.class,
                        () -> statement.execute("UPDATE governance.audit_entry SET actor = 'mallory' WHERE seq = 1"));
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            } finally {
                statement.execute("REVOKE UPDATE, DELETE ON governance.audit_entry FROM governance_service");
            }
        }
        as("admin").get("/api/governance/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    void verifyFindsTheFirstEntryASuperuserChanged() throws Exception {
        long entries = goal();
        assertTrue(entries >= 1);
        long seq = Math.max(1, entries / 2);
        try (Connection db = asSuperuser()) {
            db.setAutoCommit(false);
            String original;
            try (PreparedStatement read =
                    db.prepareStatement("SELECT actor FROM governance.audit_entry WHERE seq = ?")) {
                read.setLong(1, seq);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    original = row.getString(1);
                }
            }
            try (Statement statement = db.createStatement()) {
                statement.execute("SET session_replication_role = replica"); // switches the trigger off
                statement.execute("UPDATE governance.audit_entry SET actor = 'mallory' WHERE seq = " + seq);
            }
            db.commit();
            try {
                as("admin")
                        .get("/api/governance/audit/verify")
                        .then()
                        .statusCode(200)
                        .body("intact", equalTo(false))
                        .body("firstBrokenSeq", equalTo((int) seq))
                        .body(
                                "problem",
                                equalTo("entry " + seq
                                        + " was changed after it was written: its content does not match its hash"));
            } finally {
                try (PreparedStatement restore =
                        db.prepareStatement("UPDATE governance.audit_entry SET actor = ? WHERE seq = ?")) {
                    restore.setString(1, original);
                    restore.setLong(2, seq);
                    restore.execute();
                }
                db.commit();
            }
        }
        as("admin")
                .get("/api/governance/audit/verify")
                .then()
                .body("intact", equalTo(true))
                .body("firstBrokenSeq", nullValue());
    }

    @Test
    void verifyFindsEntriesCutFromTheEnd() throws Exception {
        goal();
        try (Connection db = asSuperuser()) {
            db.setAutoCommit(false);
            long last;
            Object[] row = new Object[11];
            try (Statement statement = db.createStatement()) {
                statement.execute("SET session_replication_role = replica");
                try (ResultSet head = statement.executeQuery("SELECT seq FROM governance.audit_chain_head")) {
                    head.next();
                    last = head.getLong(1);
                }
                try (ResultSet saved = statement.executeQuery("SELECT seq, at, actor, roles, action, entity_type, "
                        + "entity_id, before::text, after::text, prev_hash, hash FROM governance.audit_entry WHERE seq = "
                        + last)) {
                    saved.next();
                    for (int i = 0; i < row.length; i++) {
                        row[i] = saved.getObject(i + 1);
                    }
                }
                statement.execute("DELETE FROM governance.audit_entry WHERE seq = " + last);
            }
            db.commit();
            try {
                as("admin")
                        .get("/api/governance/audit/verify")
                        .then()
                        .body("intact", equalTo(false))
                        .body("firstBrokenSeq", equalTo((int) last));
            } finally {
                try (PreparedStatement restore =
                        db.prepareStatement("INSERT INTO governance.audit_entry (seq, at, actor, "
                                + "roles, action, entity_type, entity_id, before, after, prev_hash, hash) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::json, ?::json, ?, ?)")) {
                    for (int i = 0; i < row.length; i++) {
                        restore.setObject(i + 1, row[i]);
                    }
                    restore.execute();
                }
                db.commit();
            }
        }
        as("admin").get("/api/governance/audit/verify").then().body("intact", equalTo(true));
        as("sales").get("/api/governance/audit/verify").then().statusCode(403);
    }
}
