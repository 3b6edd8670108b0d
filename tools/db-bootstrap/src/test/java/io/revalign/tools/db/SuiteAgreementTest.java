package io.revalign.tools.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The suite is written down in several places that cannot share code: {@link PostgresBootstrap#SERVICES},
 * the SQL in deploy/postgres, bin/suite, each application's properties, the gateway's routes,
 * docker-compose.yml and the roles in common-security. This test holds them to one another, so a
 * fifth service or a renamed role cannot be added in one place and forgotten in another.
 */
class SuiteAgreementTest {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    /** The applications, their ports and schemas as bin/suite lists them (the gateway has no schema). */
    static Map<String, Integer> suiteApps() throws IOException {
        Matcher apps = Pattern.compile("(?m)^APPS=\\((.*)\\)$").matcher(read("bin/suite"));
        assertTrue(apps.find(), "bin/suite defines APPS=(app:port ...)");
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String app : apps.group(1).trim().split("\\s+")) {
            String[] nameAndPort = app.split(":");
            ports.put(nameAndPort[0], Integer.valueOf(nameAndPort[1]));
        }
        return ports;
    }

    static String schemaOf(String app) {
        return app.equals("ai-governance-service") ? "governance" : app.replace("-service", "");
    }

    @Test
    void everyServiceOfBinSuiteHasItsSchemaAndRoleInTheBootstrapAndTheSql() throws IOException {
        List<String> schemas = new ArrayList<>();
        suiteApps().keySet().stream().filter(app -> !app.equals("gateway")).forEach(app -> schemas.add(schemaOf(app)));
        assertEquals(PostgresBootstrap.SERVICES, schemas);
        String roles = read("deploy/postgres/10-roles.sql");
        String schemaSql = read("deploy/postgres/20-schemas.sql");
        assertTrue(
                roles.contains("ARRAY["
                        + String.join(
                                ", ", schemas.stream().map(s -> "'" + s + "'").toList()) + "]"),
                "10-roles.sql creates a role for each of " + schemas);
        for (String schema : schemas) {
            assertTrue(
                    schemaSql.contains(
                            "CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + schema + "_service"),
                    "20-schemas.sql creates " + schema);
        }
    }

    @Test
    void eachApplicationListensOnItsSuitePortAndUsesItsOwnSchemaAndRole() throws IOException {
        for (Map.Entry<String, Integer> app : suiteApps().entrySet()) {
            Properties properties = properties(app.getKey() + "/src/main/resources/application.properties");
            assertEquals(
                    app.getValue().toString(), properties.getProperty("quarkus.http.port"), app.getKey() + " port");
            if (!app.getKey().equals("gateway")) {
                String schema = schemaOf(app.getKey());
                assertEquals(schema, properties.getProperty("quarkus.flyway.schemas"), app.getKey() + " schema");
                assertEquals(
                        schema + "_service",
                        properties.getProperty("%prod.quarkus.datasource.username"),
                        app.getKey() + " database role");
            }
        }
    }

    @Test
    void theGatewayAndComposeKnowEveryServiceAtItsPort() throws IOException {
        Properties gateway = properties("gateway/src/main/resources/application.properties");
        String compose = read("docker-compose.yml");
        for (Map.Entry<String, Integer> app : suiteApps().entrySet()) {
            if (app.getKey().equals("gateway")) {
                continue;
            }
            String schema = schemaOf(app.getKey());
            assertEquals(
                    "http://127.0.0.1:" + app.getValue(),
                    gateway.getProperty("revalign.gateway.services." + schema + ".url"),
                    "the gateway's route to " + app.getKey());
            assertTrue(
                    compose.contains("http://" + app.getKey() + ":" + app.getValue()),
                    "docker-compose.yml points the gateway at " + app.getKey() + ":" + app.getValue());
            assertTrue(
                    compose.contains("QUARKUS_DATASOURCE_USERNAME: " + schema + "_service"),
                    "docker-compose.yml gives " + app.getKey() + " its own role");
        }
    }

    @Test
    void binSuiteOffersExactlyTheRolesTokensCanCarry() throws IOException {
        Matcher roles = Pattern.compile("(?m)^ROLES=\"(.*)\"$").matcher(read("bin/suite"));
        assertTrue(roles.find(), "bin/suite defines ROLES=\"...\"");
        List<String> declared = new ArrayList<>();
        Matcher constant = Pattern.compile("public static final String [A-Z_]+ = \"([a-z-]+)\";")
                .matcher(read("common/security/src/main/java/io/revalign/common/security/Roles.java"));
        while (constant.find()) {
            declared.add(constant.group(1));
        }
        assertEquals(declared, Arrays.asList(roles.group(1).split(" ")));
    }

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }

    private static Properties properties(String path) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(ROOT.resolve(path))) {
            properties.load(reader);
        }
        return properties;
    }
}
