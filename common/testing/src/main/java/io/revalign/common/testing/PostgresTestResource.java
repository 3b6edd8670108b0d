package io.revalign.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.revalign.tools.db.PostgresBootstrap;
import java.util.Map;

/**
 * Points a service's tests at a real PostgreSQL: database {@code revalign_test} (never the suite's
 * {@code revalign}), the service's own role, and its schema emptied at the start of each run so
 * runs repeat on a server that keeps state. Arg {@code service}: lead, skills or governance.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** {@code revalign_test}, or {@code REVALIGN_TEST_DB} so that two runs on one host do not share it. */
    public static final String DATABASE =
            System.getenv().getOrDefault("REVALIGN_TEST_DB", "revalign_test").replaceAll("[^a-z0-9_]", "_");

    private static PostgresBootstrap.Server server;

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
    }

    /** The server the tests of this JVM use; an embedded one is started at most once. */
    public static synchronized PostgresBootstrap.Server server() {
        if (server == null) {
            try {
                server = PostgresBootstrap.locate(null, 0);
                PostgresBootstrap.prepare(server, DATABASE, null);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot prepare the test database", e);
            }
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        try {
            PostgresBootstrap.resetSchema(server(), DATABASE, service);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot reset schema " + service, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                server().serviceUrl(DATABASE),
                "quarkus.datasource.username",
                service + "_service",
                "quarkus.datasource.password",
                "");
    }

    @Override
    public void stop() {
        // The embedded server, if any, lives as long as the JVM; the local server keeps running.
    }
}
