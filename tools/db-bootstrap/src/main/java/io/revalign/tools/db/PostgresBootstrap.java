package io.revalign.tools.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a RevAlign database on a PostgreSQL server: the service roles, the database and one
 * schema per service, from the SQL in {@code deploy/postgres}. It finds a server the way the suite
 * does: {@code REVALIGN_DB_ADMIN_URL} (default: the local server as postgres), and when none answers
 * it starts an embedded PostgreSQL (real binaries) so a machine with only a JDK works too.
 *
 * <p>Used by the tests (common-testing's {@code PostgresTestResource}) and, through {@link #main}, by
 * {@code bin/suite up}.
 */
public final class PostgresBootstrap {

    public static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    public static final List<String> SERVICES = List.of("lead", "skills", "governance");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/?]+)/([^?]*)(\\?.*)?");

    private PostgresBootstrap() {}

    /** A reachable server: its admin JDBC URL (any database, with credentials as parameters). */
    public record Server(String adminUrl, EmbeddedPostgres embedded) {

        /** The admin URL pointed at another database on the same server. */
        public String adminUrl(String database) {
            Matcher m = matcher(adminUrl);
            return "jdbc:postgresql://" + m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
        }

        /** The URL a service uses: no admin credentials. */
        public String serviceUrl(String database) {
            return "jdbc:postgresql://" + matcher(adminUrl).group(1) + "/" + database;
        }

        private static Matcher matcher(String url) {
            Matcher m = JDBC_URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("Not a jdbc:postgresql://host:port/database URL: " + url);
            }
            return m;
        }
    }

    /** The configured server if it answers, else an embedded one (on {@code embeddedPort}, 0 for any). */
    public static Server locate(Path embeddedDataDir, int embeddedPort) throws IOException {
        String adminUrl = System.getenv().getOrDefault("REVALIGN_DB_ADMIN_URL", DEFAULT_ADMIN_URL);
        try (Connection ignored = DriverManager.getConnection(adminUrl)) {
            return new Server(adminUrl, null);
        } catch (SQLException e) {
            System.err.println("No PostgreSQL at " + adminUrl.replaceAll("password=[^&]*", "password=***") + " ("
                    + e.getMessage() + "); starting an embedded PostgreSQL");
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(embeddedPort);
        if (embeddedDataDir != null) {
            builder.setDataDirectory(embeddedDataDir).setCleanDataDirectory(false);
        }
        EmbeddedPostgres embedded = builder.start();
        return new Server("jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/postgres?user=postgres", embedded);
    }

    /** Creates (if missing) the roles, the database and the schemas; optionally sets the role passwords. */
    public static void prepare(Server server, String database, String rolePassword) throws SQLException {
        Path sql = sqlDirectory();
        try (Connection admin = DriverManager.getConnection(server.adminUrl());
                Statement statement = admin.createStatement()) {
            statement.execute(read(sql.resolve("10-roles.sql")));
            if (rolePassword != null) {
                for (String service : SERVICES) {
                    statement.execute(
                            "ALTER ROLE " + service + "_service PASSWORD '" + rolePassword.replace("'", "''") + "'");
                }
            }
            try {
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: already there
                    throw e;
                }
            }
        }
        try (Connection db = DriverManager.getConnection(server.adminUrl(database));
                Statement statement = db.createStatement()) {
            statement.execute(read(sql.resolve("20-schemas.sql")));
        }
    }

    /** Drops and recreates one service's schema, so a test run starts from an empty schema. */
    public static void resetSchema(Server server, String database, String service) throws SQLException {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("Unknown service schema " + service);
        }
        try (Connection db = DriverManager.getConnection(server.adminUrl(database));
                Statement statement = db.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + service + " CASCADE");
            statement.execute("CREATE SCHEMA " + service + " AUTHORIZATION " + service + "_service");
        }
    }

    /** {@code deploy/postgres} of this repository, found from the working directory upwards. */
    public static Path sqlDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/postgres");
            if (Files.isRegularFile(candidate.resolve("10-roles.sql"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "deploy/postgres not found above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For bin/suite: {@code PostgresBootstrap DATABASE PASSWORD URL_FILE EMBEDDED_DIR EMBEDDED_PORT}.
     * Prepares DATABASE, writes the service JDBC URL to URL_FILE, and when it had to start an
     * embedded server keeps running (and serving) until it is stopped.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: PostgresBootstrap DATABASE PASSWORD URL_FILE EMBEDDED_DIR EMBEDDED_PORT");
            System.exit(2);
        }
        Server server = locate(Path.of(args[3]), Integer.parseInt(args[4]));
        prepare(server, args[0], args[1]);
        Files.writeString(
                Path.of(args[2]),
                server.serviceUrl(args[0]) + "\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        if (server.embedded() != null) {
            System.out.println("Embedded PostgreSQL serving " + server.serviceUrl(args[0]));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.embedded().close();
                } catch (IOException e) {
                    System.err.println("Stopping embedded PostgreSQL failed: " + e.getMessage());
                }
            }));
            Thread.currentThread().join();
        }
    }
}
