package io.revalign.skills.api;

import static io.revalign.common.testing.Api.anonymous;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.AuthContract;
import io.revalign.common.testing.Management;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bearer tokens are verified here too, not only at the gateway (the shared checks: AuthContract). */
@QuarkusTest
class AuthTest extends AuthContract {

    AuthTest() {
        super("/api/skills", "enablement", "legal");
    }

    @Test
    void anonymousWritesAreUnauthorized() {
        anonymous()
                .body(SkillResourceTest.skill(SkillResourceTest.unique()))
                .post("/api/skills")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void rolesThatMayNotReadOrWriteAreForbidden() {
        as("legal")
                .get("/api/skills/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e")
                .then()
                .statusCode(403);
        as("seller")
                .body(SkillResourceTest.skill(SkillResourceTest.unique()))
                .post("/api/skills")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:forbidden"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "enablement",
                "sales-leader",
                "sales",
                "seller",
                "revops",
                "marketing-leader",
                "integration",
                "admin",
                "it",
                "security"
            })
    void everyReadingRoleMayList(String role) {
        as(role).get("/api/skills").then().statusCode(200);
    }

    @Test
    void sellerMetricsNameRouteTemplatesNeverIds() {
        Management.assertMetricsNameTemplates("/api/sellers", "enablement");
    }
}
