package io.revalign.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's management interface in a test (its own random port): health, metrics and a
 * service's own contract live there, not on the public port the API is served on.
 */
public final class Management {

    /** A UUID as the API writes ids; none may become a metric label. */
    public static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Management() {}

    /** Whether the application serves health and metrics on a management interface of its own. */
    public static boolean enabled() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.management.enabled", Boolean.class)
                .orElse(false);
    }

    /** The port the management interface listens on in this test run. */
    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    /** A request to the management interface (the public port when the application has none). */
    public static RequestSpecification management() {
        return enabled() ? given().port(port()) : given();
    }

    /** A request to wherever the application serves its own OpenAPI document (/q/openapi). */
    public static RequestSpecification openapi() {
        Config config = ConfigProvider.getConfig();
        boolean onManagement = config.getOptionalValue("quarkus.smallrye-openapi.management.enabled", Boolean.class)
                .orElse(true);
        return onManagement ? management() : given();
    }

    /** The Prometheus scrape, from the management interface. */
    public static String metrics() {
        return management().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** Fails with the offending lines when a metric's label carries an id (a raw path instead of a template). */
    public static void assertNoRawIds(String metrics) {
        List<String> raw = metrics.lines()
                .filter(line -> !line.startsWith("#"))
                .filter(line -> UUID.matcher(line).find())
                .toList();
        assertEquals(List.of(), raw, "metric labels name route templates, never an id");
    }

    /**
     * Reads {@code collection/{id}} with an id that does not exist (404), without a token and with a bad one
     * (401, the latter refused before any resource is matched) and below it (404), then checks the scrape: the reads are counted under the route template, and no line names the id.
     */
    public static void assertMetricsNameTemplates(String collection, String role) {
        String id = java.util.UUID.randomUUID().toString();
        Api.as(role).get(collection + "/" + id).then().statusCode(404);
        Api.anonymous().get(collection + "/" + id).then().statusCode(401);
        Api.anonymous()
                .auth()
                .oauth2("not-a-token")
                .get(collection + "/" + id)
                .then()
                .statusCode(401);
        Api.as(role).get(collection + "/" + id + "/no-such-thing").then().statusCode(404);
        String metrics = metrics();
        assertNoRawIds(metrics);
        assertTrue(
                metrics.lines()
                        .anyMatch(line -> line.startsWith("http_server_requests_seconds_count")
                                && line.contains("uri=\"" + collection + "/{id}\"")
                                && line.contains("status=\"404\"")),
                "the read is counted under " + collection + "/{id}");
    }

    /**
     * A service's surface: the public port serves neither health, metrics, the contract nor Swagger UI;
     * the management interface serves health, metrics and the contract (which the gateway publishes).
     */
    public static void assertServiceSurface() {
        assertTrue(enabled(), "quarkus.management.enabled");
        for (String path : new String[] {
            "/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi", "/q/swagger-ui/"
        }) {
            given().get(path).then().statusCode(404);
        }
        management()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Database")));
        management().get("/q/health/live").then().statusCode(200);
        management().get("/q/metrics").then().statusCode(200);
        openapi().get("/q/openapi").then().statusCode(200);
        management().get("/q/swagger-ui/").then().statusCode(404);
    }
}
