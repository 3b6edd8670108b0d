package io.revalign.governance.api;

import static io.revalign.common.testing.Api.anonymous;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.AuthContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bearer tokens are verified here too, not only at the gateway (the shared checks: AuthContract);
 * roles decide who registers and who reads.
 */
@QuarkusTest
class AuthTest extends AuthContract {

    AuthTest() {
        super("/api/ai-tools", "revops", "marketing");
    }

    @Test
    void anonymousWritesAreUnauthorized() {
        anonymous()
                .body(AiToolResourceTest.tool(AiToolResourceTest.unique()))
                .post("/api/ai-tools")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
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
}
