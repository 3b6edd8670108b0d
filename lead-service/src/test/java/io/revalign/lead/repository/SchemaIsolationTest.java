package io.revalign.lead.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.PostgresTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** lead-service's database role owns its schema and cannot touch the other services' schemas. */
@QuarkusTest
class SchemaIsolationTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private Connection connectAsLeadService() throws SQLException {
        return DriverManager.getConnection(PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE),
                "lead_service", "");
    }

    @Test
    void leadRoleCannotReadOrWriteOtherSchemas() throws SQLException {
        try (Connection connection = connectAsLeadService()) {
            for (String sql : new String[] {
                "SELECT * FROM skills.skill",
                "SELECT * FROM governance.ai_tool",
                "CREATE TABLE skills.intruder (id int)",
                "CREATE TABLE public.intruder (id int)"}) {
                SQLException denied = assertThrows(SQLException.class,
                        () -> connection.createStatement().execute(sql), sql);
                assertEquals(INSUFFICIENT_PRIVILEGE, denied.getSQLState(), sql + ": " + denied.getMessage());
            }
        }
    }

    @Test
    void leadRoleWorksInItsOwnSchema() throws SQLException {
        try (Connection connection = connectAsLeadService()) {
            var result = connection.createStatement().executeQuery("SELECT current_schema(), count(*) FROM lead.lead");
            result.next();
            assertEquals("lead", result.getString(1));
        }
    }
}
