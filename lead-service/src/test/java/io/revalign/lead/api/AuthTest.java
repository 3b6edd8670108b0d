package io.revalign.lead.api;

import static io.revalign.common.testing.Api.anonymous;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.security.CachingJwtParser;
import io.revalign.common.testing.Management;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bearer tokens are verified here too, not only at the gateway. */
@QuarkusTest
class AuthTest {

    @Test
    void noTokenIsUnauthorized() {
        anonymous()
                .get("/api/leads")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:revalign:problem:unauthorized"));
    }

    @ParameterizedTest
    @MethodSource("io.revalign.common.testing.DevTokens#invalid")
    void badTokensAreUnauthorized(String token) {
        anonymous()
                .auth()
                .oauth2(token)
                .get("/api/leads")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:unauthorized"));
    }

    @Inject
    JWTParser parser;

    @Test
    void verifiedTokensAreRememberedBriefly() {
        assertInstanceOf(
                CachingJwtParser.class,
                parser,
                "the caching parser replaces smallrye-jwt's (its behaviour: CachingJwtParserTest in common-security)");
    }

    @Test
    void validTokenWithoutTheRoleIsForbidden() {
        as("legal")
                .get("/api/leads")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:forbidden"));
        as("seller")
                .body(LeadResourceTest.lead(LeadResourceTest.unique()))
                .post("/api/leads")
                .then()
                .statusCode(403);
    }

    @Test
    void healthMetricsAndContractAreOnTheManagementInterfaceOnly() {
        Management.assertServiceSurface();
    }

    @Test
    void metricsNameRouteTemplatesNeverIds() {
        Management.assertMetricsNameTemplates("/api/leads", "marketing");
    }
}
