package io.revalign.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Proves a service's database role owns its schema and cannot touch the others' or public. */
public final class SchemaIsolation {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    /** A table of each service, to try to read from the outside. */
    private static final Map<String, String> TABLES =
            Map.of("lead", "lead.lead", "skills", "skills.skill", "governance", "governance.ai_tool");

    private SchemaIsolation() {}

    public static void assertConfinedToItsSchema(String service) throws SQLException {
        try (Connection connection = connectAs(service)) {
            for (Map.Entry<String, String> other : TABLES.entrySet()) {
                if (other.getKey().equals(service)) {
                    continue;
                }
                assertDenied(connection, "SELECT * FROM " + other.getValue());
                assertDenied(connection, "CREATE TABLE " + other.getKey() + ".intruder (id int)");
            }
            assertDenied(connection, "CREATE TABLE public.intruder (id int)");
        }
    }

    public static void assertWorksInItsSchema(String service) throws SQLException {
        try (Connection connection = connectAs(service);
                ResultSet result = connection
                        .createStatement()
                        .executeQuery("SELECT current_schema(), count(*) FROM " + TABLES.get(service))) {
            result.next();
            assertEquals(service, result.getString(1));
        }
    }

    private static Connection connectAs(String service) throws SQLException {
        return DriverManager.getConnection(
                PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE), service + "_service", "");
    }

    private static void assertDenied(Connection connection, String sql) {
        SQLException denied = assertThrows(
                SQLException.class, () -> connection.createStatement().execute(sql), sql);
        assertEquals(INSUFFICIENT_PRIVILEGE, denied.getSQLState(), sql + ": " + denied.getMessage());
    }
}
