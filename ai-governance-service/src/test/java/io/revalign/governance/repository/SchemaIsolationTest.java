package io.revalign.governance.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.PostgresTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** ai-governance-service's database role owns its schema and cannot touch the other services' schemas. */
@QuarkusTest
class SchemaIsolationTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private Connection connectAsGovernanceService() throws SQLException {
        return DriverManager.getConnection(PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE),
                "governance_service", "");
    }

    @Test
    void governanceRoleCannotReadOrWriteOtherSchemas() throws SQLException {
        try (Connection connection = connectAsGovernanceService()) {
            for (String sql : new String[] {
                "SELECT * FROM lead.lead",
                "SELECT * FROM skills.skill",
                "CREATE TABLE lead.intruder (id int)",
                "CREATE TABLE public.intruder (id int)"}) {
                SQLException denied = assertThrows(SQLException.class,
                        () -> connection.createStatement().execute(sql), sql);
                assertEquals(INSUFFICIENT_PRIVILEGE, denied.getSQLState(), sql + ": " + denied.getMessage());
            }
        }
    }

    @Test
    void governanceRoleWorksInItsOwnSchema() throws SQLException {
        try (Connection connection = connectAsGovernanceService()) {
            var result = connection.createStatement()
                    .executeQuery("SELECT current_schema(), count(*) FROM governance.ai_tool");
            result.next();
            assertEquals("governance", result.getString(1));
        }
    }
}
