package io.revalign.governance.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.PostgresTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database refuses a second tool with the same vendor and name in any case, even past the service's check. */
@QuarkusTest
class AiToolUniquenessTest {

    private static final String UNIQUE_VIOLATION = "23505";

    private static void insert(Connection connection, String vendor, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO governance.ai_tool (id, name, vendor, category, use_cases, data_categories, owner_role,
                    skill_keys, status, created_at, updated_at, version)
                VALUES (?, ?, ?, 'OTHER', '[]', '[]', 'it', '[]', 'PROPOSED', now(), now(), 0)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, name);
            insert.setString(3, vendor);
            insert.executeUpdate();
        }
    }

    @Test
    void vendorAndNameAreUniqueIgnoringCase() throws SQLException {
        String suffix = UUID.randomUUID().toString();
        try (Connection connection = DriverManager.getConnection(
                PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE), "governance_service", "")) {
            insert(connection, "Gong.io " + suffix, "Gong " + suffix);
            SQLException duplicate = assertThrows(
                    SQLException.class, () -> insert(connection, "GONG.IO " + suffix.toUpperCase(), "gong " + suffix));
            assertEquals(UNIQUE_VIOLATION, duplicate.getSQLState(), duplicate.getMessage());
        }
    }
}
