package io.revalign.skills.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.PostgresTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** skills-service's database role owns its schema and cannot touch the other services' schemas. */
@QuarkusTest
class SchemaIsolationTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private Connection connectAsSkillsService() throws SQLException {
        return DriverManager.getConnection(PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE),
                "skills_service", "");
    }

    @Test
    void skillsRoleCannotReadOrWriteOtherSchemas() throws SQLException {
        try (Connection connection = connectAsSkillsService()) {
            for (String sql : new String[] {
                "SELECT * FROM lead.lead",
                "SELECT * FROM governance.ai_tool",
                "CREATE TABLE lead.intruder (id int)",
                "CREATE TABLE public.intruder (id int)"}) {
                SQLException denied = assertThrows(SQLException.class,
                        () -> connection.createStatement().execute(sql), sql);
                assertEquals(INSUFFICIENT_PRIVILEGE, denied.getSQLState(), sql + ": " + denied.getMessage());
            }
        }
    }

    @Test
    void skillsRoleWorksInItsOwnSchema() throws SQLException {
        try (Connection connection = connectAsSkillsService()) {
            var result = connection.createStatement().executeQuery("SELECT current_schema(), count(*) FROM skills.skill");
            result.next();
            assertEquals("skills", result.getString(1));
        }
    }
}
