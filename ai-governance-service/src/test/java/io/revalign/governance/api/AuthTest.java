package io.revalign.governance.api;

import static io.revalign.common.testing.Api.anonymous;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.Management;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bearer tokens are verified here too, not only at the gateway; roles decide who registers and who reads. */
@QuarkusTest
class AuthTest {

    @Test
    void noTokenIsUnauthorized() {
        anonymous()
                .get("/api/ai-tools")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:revalign:problem:unauthorized"));
        anonymous()
                .body(AiToolResourceTest.tool(AiToolResourceTest.unique()))
                .post("/api/ai-tools")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @MethodSource("io.revalign.common.testing.DevTokens#invalid")
    void badTokensAreUnauthorized(String token) {
        anonymous()
                .auth()
                .oauth2(token)
                .get("/api/ai-tools")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:unauthorized"));
    }

    @Test
    void sellerCanNeitherRegisterNorRead() {
        as("seller")
                .body(AiToolResourceTest.tool(AiToolResourceTest.unique()))
                .post("/api/ai-tools")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:forbidden"));
        as("seller").get("/api/ai-tools").then().statusCode(403).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales", "marketing-leader", "legal", "integration"})
    void readersCannotRegister(String role) {
        as(role).body(AiToolResourceTest.tool(AiToolResourceTest.unique()))
                .post("/api/ai-tools")
                .then()
                .statusCode(403);
        as(role).get("/api/ai-tools").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales-leader", "revops", "it", "security", "enablement", "admin"})
    void decidersCanRegister(String role) {
        as(role).body(AiToolResourceTest.tool(AiToolResourceTest.unique()))
                .post("/api/ai-tools")
                .then()
                .statusCode(201);
    }

    @Test
    void marketingCannotRead() {
        as("marketing").get("/api/ai-tools").then().statusCode(403);
    }

    @Test
    void healthMetricsAndContractAreOnTheManagementInterfaceOnly() {
        Management.assertServiceSurface();
    }

    @Test
    void metricsNameRouteTemplatesNeverIds() {
        Management.assertMetricsNameTemplates("/api/ai-tools", "revops");
    }
}
