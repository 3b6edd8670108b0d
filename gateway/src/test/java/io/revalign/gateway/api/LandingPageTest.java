package io.revalign.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LandingPageTest {

    @Test
    void theLandingPageLinksSwaggerUiTheContractsAndTheQuickStart() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("href=\"/q/swagger-ui/\""))
                .body(containsString("id=\"quick-start\""))
                .body(containsString("href=\"/openapi/lead\""))
                .body(not(containsString("/q/health")));
    }
}
