package io.revalign.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.tools.db.PostgresBootstrap;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Proves a service's database role owns its schema and cannot touch the others' or public. The
 * services and their tables come from {@link PostgresBootstrap#SERVICES} and the catalogue, so a new
 * service or table needs no change here.
 */
public final class SchemaIsolation {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private SchemaIsolation() {}

    public static void assertConfinedToItsSchema(String service) throws SQLException {
        try (Connection connection = connectAs(service)) {
            for (String other : PostgresBootstrap.SERVICES) {
                if (other.equals(service)) {
                    continue;
                }
                assertFalse(privilege(connection, other, "USAGE"), service + " may use schema " + other);
                assertFalse(privilege(connection, other, "CREATE"), service + " may create in schema " + other);
                for (String table : tables(connection, other)) {
                    assertDenied(connection, "SELECT * FROM " + table);
                }
                assertDenied(connection, "CREATE TABLE " + other + ".intruder (id int)");
            }
            assertDenied(connection, "CREATE TABLE public.intruder (id int)");
        }
    }

    public static void assertWorksInItsSchema(String service) throws SQLException {
        try (Connection connection = connectAs(service)) {
            List<String> tables = tables(connection, service);
            assertFalse(tables.isEmpty(), "the migrations created no table in schema " + service);
            try (ResultSet result = connection
                    .createStatement()
                    .executeQuery("SELECT current_schema(), count(*) FROM " + tables.get(0))) {
                result.next();
                assertEquals(service, result.getString(1));
            }
            assertTrue(privilege(connection, service, "CREATE"), service + " cannot create in its own schema");
        }
    }

    private static boolean privilege(Connection connection, String schema, String privilege) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT has_schema_privilege(?, ?)")) {
            query.setString(1, schema);
            query.setString(2, privilege);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** The tables of a schema, qualified; the catalogue lists them even to a role that may not read them. */
    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables"
                        + " WHERE schemaname = ? ORDER BY tablename")) {
            query.setString(1, schema);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
        }
        return tables;
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
