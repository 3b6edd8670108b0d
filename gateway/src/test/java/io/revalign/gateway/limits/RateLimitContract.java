package io.revalign.gateway.limits;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.revalign.common.testing.Api.anonymous;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.revalign.common.testing.DevTokens;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the limits do whichever store holds the buckets; each subclass starts the gateway with one store. */
abstract class RateLimitContract {

    LimitStubs.Setup setup;

    @BeforeEach
    void leadAnswers() {
        setup.lead()
                .stubFor(any(urlPathMatching("/api/leads.*"))
                        .willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    @Test
    void overTheLimitIsA429ProblemWithRetryAfterAndNeverReachesTheService() {
        String user = "crm-" + UUID.randomUUID();
        String token = DevTokens.forUser(user, "integration");
        for (int remaining = 2; remaining >= 0; remaining--) {
            RestAssured.given()
                    .auth()
                    .oauth2(token)
                    .header("X-Test-Client", user)
                    .get("/api/leads/tight")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", Integer.toString(remaining))
                    .header("RateLimit-Policy", "3;w=3600")
                    .header("RateLimit-Reset", Matchers.matchesPattern("[1-9][0-9]*"));
        }
        RestAssured.given()
                .auth()
                .oauth2(token)
                .header("X-Test-Client", user)
                .get("/api/leads/tight")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Matchers.matchesPattern("[1-9][0-9]*"))
                .header("RateLimit-Remaining", "0")
                .body("type", equalTo("urn:revalign:problem:too-many-requests"))
                .body("detail", containsString("tight"))
                .body("instance", equalTo("/api/leads/tight"));
        setup.lead()
                .verify(
                        3,
                        getRequestedFor(urlPathEqualTo("/api/leads/tight"))
                                .withHeader(
                                        "X-Test-Client",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(user)));
    }

    @Test
    void eachTokenSubjectHasItsOwnBucket() {
        String first = DevTokens.forUser("a-" + UUID.randomUUID(), "sales");
        String second = DevTokens.forUser("b-" + UUID.randomUUID(), "sales");
        for (int i = 0; i < 3; i++) {
            RestAssured.given()
                    .auth()
                    .oauth2(first)
                    .get("/api/leads/tight")
                    .then()
                    .statusCode(200);
        }
        RestAssured.given().auth().oauth2(first).get("/api/leads/tight").then().statusCode(429);
        RestAssured.given().auth().oauth2(second).get("/api/leads/tight").then().statusCode(200);
    }

    @Test
    void otherRouteGroupsKeepTheirOwnLimit() {
        String token = DevTokens.forUser("c-" + UUID.randomUUID(), "sales");
        for (int i = 0; i < 4; i++) {
            RestAssured.given().auth().oauth2(token).get("/api/leads/tight");
        }
        RestAssured.given()
                .auth()
                .oauth2(token)
                .get("/api/leads/" + UUID.randomUUID())
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", "1200");
    }

    @Test
    void eachRouteGroupHasItsBodySizeLimit() {
        String body = "{\"note\": \"" + "x".repeat(300_000) + "\"}";
        as("marketing")
                .body(body)
                .post("/api/leads")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:payload-too-large"))
                .body("detail", containsString("default"));
        setup.lead().verify(0, postRequestedFor(urlPathEqualTo("/api/leads")));

        as("marketing").body(body).post("/api/leads/bulk").then().statusCode(200);
        setup.lead().verify(1, postRequestedFor(urlPathEqualTo("/api/leads/bulk")));

        as("marketing")
                .body("{\"note\": \"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/leads/bulk")
                .then()
                .statusCode(413)
                .body("detail", containsString("bulk"));
    }

    @Test
    void anonymousClientsAreLimitedByAddress() {
        // Every earlier anonymous request in this class came from the same address: use up what is left.
        int status = 0;
        for (int i = 0; i < 5 && status != 429; i++) {
            status = anonymous().get("/api/leads/tight").then().extract().statusCode();
        }
        org.junit.jupiter.api.Assertions.assertEquals(429, status, "anonymous requests share the address's bucket");
        setup.lead()
                .verify(0, getRequestedFor(urlPathEqualTo("/api/leads/tight")).withoutHeader("Authorization"));
    }
}
