package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.security.CachingJwtParser;
import io.revalign.common.testing.AuthContract;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Bearer tokens are verified here too, not only at the gateway (the shared checks: AuthContract). */
@QuarkusTest
class AuthTest extends AuthContract {

    AuthTest() {
        super("/api/leads", "marketing", "legal");
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
    void aSellerCannotCreateALead() {
        as("seller")
                .body(LeadResourceTest.lead(LeadResourceTest.unique()))
                .post("/api/leads")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
