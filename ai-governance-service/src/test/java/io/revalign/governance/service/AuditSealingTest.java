package io.revalign.governance.service;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.PostgresTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Changes record audit entries without waiting for one another and sealers chain them: concurrent
 * changes with several sealers racing (as replicas would) end in one intact chain holding every change
 * exactly once, and a record can be neither changed nor removed before it is sealed.
 */
@QuarkusTest
class AuditSealingTest {

    @Inject
    AuditSealer sealer;

    static Connection asService() throws SQLException {
        return DriverManager.getConnection(
                PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE), "governance_service", "");
    }

    static String createGoal(String title) {
        return as("sales-leader")
                .body(Map.of("title", title, "metric", "m", "target", "t", "period", "2027", "ownerRole", "revops"))
                .post("/api/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void concurrentChangesWithRacingSealersEndInOneIntactChainHoldingEachOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ConcurrentLinkedQueue<String> goals = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(11);
        try {
            List<Future<?>> sealers = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                boolean wait = s == 0;
                sealers.add(threads.submit(() -> {
                    while (writing.get()) {
                        QuarkusTransaction.requiringNew().call(() -> sealer.sealBatch(wait));
                    }
                    return null;
                }));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        goals.add(createGoal("Sealed " + run + " " + writer + "-" + i));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            for (Future<?> s : sealers) {
                s.get();
            }
        } finally {
            threads.shutdownNow();
        }
        as("admin")
                .get("/api/governance/audit/verify")
                .then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("firstBrokenSeq", nullValue());
        assertEquals(40, goals.size());
        try (Connection db = asService();
                PreparedStatement entries = db.prepareStatement("SELECT count(*), count(DISTINCT seq)"
                        + " FROM governance.audit_entry WHERE action = 'GOAL_CREATED' AND entity_id = ANY(?)")) {
            entries.setArray(
                    1,
                    db.createArrayOf(
                            "uuid", goals.stream().map(UUID::fromString).toArray()));
            try (ResultSet row = entries.executeQuery()) {
                row.next();
                assertEquals(40, row.getLong(1), "one entry per change");
                assertEquals(40, row.getLong(2));
            }
        }
    }

    @Test
    void aListingShowsAChangeCommittedJustBefore() {
        String goal = createGoal("Listed " + UUID.randomUUID());
        as("security")
                .queryParam("entityId", goal)
                .get("/api/governance/audit")
                .then()
                .statusCode(200)
                .body("items.action", contains("GOAL_CREATED"));
    }

    @Test
    void aRecordCanNeitherBeChangedNorRemovedBeforeItIsSealed() throws Exception {
        try (Connection db = asService();
                Statement statement = db.createStatement()) {
            db.setAutoCommit(false);
            long id;
            try (ResultSet inserted = statement.executeQuery("INSERT INTO governance.audit_record (at, actor, roles,"
                    + " action, entity_type, entity_id) VALUES (now(), 'mallory', 'admin', 'GOAL_CREATED', 'GOAL',"
                    + " gen_random_uuid()) RETURNING id")) {
                inserted.next();
                id = inserted.getLong(1);
            }
            statement.execute("SAVEPOINT before_tampering");
            for (String sql : new String[] {
                "UPDATE governance.audit_record SET actor = 'alice' WHERE id = " + id,
                "DELETE FROM governance.audit_record WHERE id = " + id,
                "TRUNCATE governance.audit_record"
            }) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
                assertEquals("42501", refused.getSQLState(), sql);
                statement.execute("ROLLBACK TO SAVEPOINT before_tampering");
            }
            db.rollback();
        }
    }

    @Test
    void aSealedRecordLeavesAndItsEntryNamesIt() throws Exception {
        String goal = createGoal("Sealed once " + UUID.randomUUID());
        sealer.sealCommitted();
        try (Connection db = asService();
                PreparedStatement select = db.prepareStatement("SELECT e.record_id, (SELECT count(*) FROM"
                        + " governance.audit_record r WHERE r.id = e.record_id) FROM governance.audit_entry e"
                        + " WHERE e.entity_id = ?")) {
            select.setObject(1, UUID.fromString(goal));
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertTrue(row.getLong(1) > 0, "the entry names the record it sealed");
                assertEquals(0, row.getLong(2), "the sealed record is gone");
            }
        }
    }
}
