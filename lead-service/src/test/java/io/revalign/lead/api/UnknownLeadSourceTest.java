package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A lead row whose source the API does not know: no writer can store one any more (the column's
 * CHECK), and one stored before the check or by a newer version reads with source null instead of
 * failing every list that holds it; changing it is a 409, never a 500 and never a rewrite of the source.
 */
@QuarkusTest
class UnknownLeadSourceTest {

    private static final String INSERT = "INSERT INTO lead (id, email, company, source, external_id, budget, authority,"
            + " need, timeline, attributes, lifecycle_stage, created_at, updated_at, version)"
            + " VALUES (?, 'unknown-source@test.example', ?, 'LINKEDIN', ?, 'UNKNOWN', 'UNKNOWN', 'UNKNOWN',"
            + " 'UNKNOWN', '{}', 'LEAD', now(), now(), 0)";

    @Inject
    DataSource database;

    @Test
    void noWriterCanStoreAnUnknownSource() {
        SQLException refused = assertThrows(SQLException.class, () -> insert(false, "Refused" + suffix()));
        assertEquals("23514", refused.getSQLState(), refused.getMessage()); // check_violation
    }

    @Test
    void aStoredUnknownSourceReadsAsNullAndIsReadOnly() throws SQLException {
        String company = "Newer" + suffix();
        UUID id = insert(true, company); // as a newer version, whose own CHECK lists LINKEDIN, would
        try {
            as("revops")
                    .queryParam("q", company)
                    .get("/api/leads")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].id", equalTo(id.toString()))
                    .body("items[0].source", nullValue());
            as("revops").queryParam("limit", 200).get("/api/leads").then().statusCode(200);
            as("revops").get("/api/leads/" + id).then().statusCode(200).body("source", nullValue());
            as("revops")
                    .contentType(LeadResource.MERGE_PATCH)
                    .header("If-Match", "\"0\"")
                    .body("{\"title\": \"CRO\"}")
                    .patch("/api/leads/" + id)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json");
            as("admin").delete("/api/leads/" + id).then().statusCode(409);
            assertEquals("LINKEDIN", storedSource(id)); // read-only here, never rewritten
        } finally {
            execute("DELETE FROM lead WHERE id = '" + id + "'");
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Inserts a lead with source LINKEDIN; {@code asNewerVersion} lifts the CHECK for this one row. */
    private UUID insert(boolean asNewerVersion, String company) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    PreparedStatement insert = connection.prepareStatement(INSERT)) {
                if (asNewerVersion) {
                    statement.execute("ALTER TABLE lead DROP CONSTRAINT lead_source_known");
                }
                insert.setObject(1, id);
                insert.setString(2, company);
                insert.setString(3, "ext-" + id);
                insert.executeUpdate();
                if (asNewerVersion) {
                    statement.execute("ALTER TABLE lead ADD CONSTRAINT lead_source_known CHECK (source IN"
                            + " ('SALESFORCE', 'HUBSPOT', 'WEB_FORM', 'EVENT', 'IMPORT', 'MANUAL')) NOT VALID");
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
        return id;
    }

    private String storedSource(UUID id) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT source FROM lead WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
