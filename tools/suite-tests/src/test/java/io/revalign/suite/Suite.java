package io.revalign.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.testing.DevTokens;
import io.revalign.tools.db.PostgresBootstrap;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The packaged suite, as an operator runs it: the four applications from their {@code target/quarkus-app}
 * as processes on free ports (the services and every management interface on loopback), against an embedded PostgreSQL this suite owns (so stopping it never
 * touches the machine's shared server). One suite serves every test class of the run.
 */
final class Suite {

    static final String DATABASE = "revalign";
    private static final String PASSWORD = "suite-" + UUID.randomUUID();
    private static Suite running;

    final Path root = repositoryRoot();
    final Path work = root.resolve("tools/suite-tests/target/suite");
    /** Every replica's rate-limit keys live under this run's own prefix in the shared Redis. */
    final String rateLimitPrefix = "revalign:suite:" + UUID.randomUUID() + ":";

    private final Path pgData = work.resolve("pgdata");
    private final int pgPort = freePort();
    private final Map<String, AppProcess> apps = new LinkedHashMap<>();
    private EmbeddedPostgres postgres;

    /** The suite, started on first use and stopped when the test JVM ends. */
    static synchronized Suite get() {
        if (running == null) {
            Suite suite = new Suite();
            Runtime.getRuntime().addShutdownHook(new Thread(suite::stop));
            suite.start();
            running = suite;
        }
        return running;
    }

    private void start() {
        try {
            // Each run starts from an empty server and fresh logs; a restart within the run keeps both.
            deleteTree(work);
            Files.createDirectories(work);
            startDatabase();
            PostgresBootstrap.prepare(server(), DATABASE, PASSWORD);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("The suite's PostgreSQL could not be prepared", e);
        }
        add(service("lead-service", "lead"));
        AppProcess skills = service("skills-service", "skills");
        add(skills);
        AppProcess governance = service("ai-governance-service", "governance");
        // as bin/suite runs it: governance asks skills-service for readiness with a token it signs with the
        // dev key, and may deliver webhooks to skills-service on this machine (allowed internal host)
        governance.env().put("QUARKUS_REST_CLIENT_SKILLS_URL", skills.baseUrl());
        governance
                .env()
                .put(
                        "SMALLRYE_JWT_SIGN_KEY_LOCATION",
                        root.resolve("deploy/dev-keys/private.pem").toString());
        governance.env().put("REVALIGN_WEBHOOKS_ALLOWED_INTERNAL_HOSTS", "127.0.0.1");
        add(governance);
        add(gateway("gateway", Map.of()));
        // governance before skills-service, which starts with the secret of its subscription (the AI-literacy gate)
        for (String name : new String[] {"lead-service", "ai-governance-service", "skills-service", "gateway"}) {
            AppProcess app = app(name);
            if (app == skills) {
                skills.env().put("REVALIGN_GOVERNANCE_WEBHOOKS_SECRET", subscribe(governance, skills));
            }
            app.start();
            app.awaitReady(Duration.ofSeconds(120));
        }
    }

    /**
     * Subscribes skills-service's receiver to governance's decision.made through governance's API, as
     * bin/suite does (docs/integrations.md, "The AI-literacy gate"); answers the secret, shown this once.
     */
    private static String subscribe(AppProcess governance, AppProcess skills) {
        Http admin = new Http(DevTokens.forUser("suite-operator", "admin"), Duration.ofSeconds(30));
        Http.Answer created = admin.post(
                governance.baseUrl() + "/api/webhooks/governance/subscriptions",
                "{\"url\": \"" + skills.baseUrl() + "/api/integrations/governance/webhooks\","
                        + " \"eventTypes\": [\"decision.made\"]}");
        if (created.status() != 201) {
            throw new IllegalStateException("governance refused skills-service's subscription: " + created);
        }
        try {
            return new ObjectMapper().readTree(created.body()).path("secret").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(AppProcess app) {
        apps.put(app.name(), app);
    }

    AppProcess app(String name) {
        AppProcess app = apps.get(name);
        if (app == null) {
            throw new IllegalArgumentException("No application " + name + " in the suite");
        }
        return app;
    }

    /** The base URL of the gateway the suite started. */
    String gatewayUrl() {
        return app("gateway").baseUrl();
    }

    /** A further gateway replica over the same services (and the same Redis), with settings of its own. */
    AppProcess extraGateway(String name, Map<String, String> settings) {
        AppProcess gateway = gateway(name, settings);
        add(gateway);
        return gateway;
    }

    private AppProcess service(String module, String schema) {
        Map<String, String> env = common();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", server().serviceUrl(DATABASE));
        env.put("QUARKUS_DATASOURCE_USERNAME", schema + "_service");
        env.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        // as bin/suite runs them: on loopback, where only the gateway (and the other services) reach them
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return new AppProcess(module, jar(module), freePort(), env, work.resolve(module + ".log"));
    }

    private AppProcess gateway(String name, Map<String, String> settings) {
        Map<String, String> env = common();
        env.put("REVALIGN_GATEWAY_SERVICES_LEAD_URL", app("lead-service").baseUrl());
        env.put("REVALIGN_GATEWAY_SERVICES_SKILLS_URL", app("skills-service").baseUrl());
        env.put(
                "REVALIGN_GATEWAY_SERVICES_GOVERNANCE_URL",
                app("ai-governance-service").baseUrl());
        // readiness and contracts come from each service's management interface
        env.put(
                "REVALIGN_GATEWAY_SERVICES_LEAD_MANAGEMENT_URL",
                app("lead-service").managementUrl());
        env.put(
                "REVALIGN_GATEWAY_SERVICES_SKILLS_MANAGEMENT_URL",
                app("skills-service").managementUrl());
        env.put(
                "REVALIGN_GATEWAY_SERVICES_GOVERNANCE_MANAGEMENT_URL",
                app("ai-governance-service").managementUrl());
        env.put("REVALIGN_GATEWAY_RATE_LIMIT_KEY_PREFIX", rateLimitPrefix);
        // Short enough for a test to watch a circuit open and close again.
        env.put("REVALIGN_GATEWAY_BREAKER_OPEN_FOR", "3s");
        env.put("REVALIGN_GATEWAY_REQUEST_TIMEOUT", "10s");
        // A loaded test machine may take longer than the 500 ms default to connect at start-up, and
        // the gateway would then count in memory; the replicas test must see them share Redis.
        env.put("REVALIGN_GATEWAY_RATE_LIMIT_REDIS_TIMEOUT", "5s");
        // The tests' own traffic must not meet the per-client limit; the limit's own test sets one.
        env.put("REVALIGN_GATEWAY_ROUTE_GROUPS_DEFAULT_REQUESTS", "1000000");
        env.put("REVALIGN_GATEWAY_ROUTE_GROUPS_BULK_REQUESTS", "1000000");
        env.putAll(settings);
        return new AppProcess(name, jar("gateway"), freePort(), env, work.resolve(name + ".log"));
    }

    private Map<String, String> common() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                root.resolve("deploy/dev-keys/public.pem").toString());
        return env;
    }

    private Path jar(String module) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the applications first (./mvnw verify builds"
                    + " them before this module)");
        }
        return jar;
    }

    /** The suite's own PostgreSQL, on the same port and data as before a stop. */
    void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setPort(pgPort)
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .start();
    }

    /** Stops the suite's PostgreSQL (never the machine's): connections drop, new ones are refused. */
    void stopDatabase() throws IOException {
        postgres.close();
        postgres = null;
    }

    boolean databaseRunning() {
        return postgres != null;
    }

    PostgresBootstrap.Server server() {
        return new PostgresBootstrap.Server("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres?user=postgres", null);
    }

    private void stop() {
        for (AppProcess app : apps.values()) {
            app.kill();
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code url} answers 200 within a second. */
    static boolean answers200(HttpClient http, String url) {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(1))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bin/suite"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "The repository root (bin/suite) is not above " + Path.of("").toAbsolutePath());
    }
}
