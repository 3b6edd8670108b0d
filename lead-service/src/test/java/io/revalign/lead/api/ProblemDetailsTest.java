package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.ResourceChecks;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of failure answers with RFC 9457 problem+json and leaks nothing. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void invalidFieldsAreListedOneByOne() {
        Map<String, Object> bad =
                Map.of("email", "not-an-email", "country", "Germany", "companySize", -3, "source", "SALESFORCE");
        as("marketing")
                .body(bad)
                .post("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:validation-failed"))
                .body("title", equalTo("Validation failed"))
                .body("status", equalTo(400))
                .body("detail", equalTo("3 fields are invalid"))
                .body("instance", equalTo("/api/leads"))
                .body("errors.field", hasItems("email", "country", "companySize"))
                .body("errors.find { it.field == 'country' }.message", containsString("ISO 3166-1"));
    }

    @Test
    void missingRequiredFieldsAreValidationErrors() {
        as("marketing")
                .body(Map.of())
                .post("/api/leads")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("email", "source"));
    }

    @Test
    void missingBodyIsAValidationError() {
        as("marketing")
                .post("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        as("marketing")
                .body("{\"email\": ")
                .post("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:malformed-request"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongJsonTypesNameTheFieldWithoutClassNames() {
        as("marketing")
                .body("{\"email\": \"a@b.example\", \"source\": \"FAX\", \"companySize\": \"many\"}")
                .post("/api/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", notNullValue())
                .body(not(containsString("io.revalign")))
                .body(not(containsString("java.")));
        as("marketing")
                .body("{\"email\": \"a@b.example\", \"source\": \"FAX\"}")
                .post("/api/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("source"))
                .body("errors[0].message", containsString("SALESFORCE"));
        as("marketing")
                .body("[1, 2]")
                .post("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("io.revalign")));
    }

    @Test
    void unknownFieldsAreNamedNotIgnored() {
        as("marketing")
                .body(Map.of("email", "a@b.example", "source", "WEB_FORM", "compnay", "Typo Ltd"))
                .post("/api/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("compnay"))
                .body("errors[0].message", equalTo("is not a field of this request"));
    }

    @Test
    void unknownEnumInAQueryIsABadRequestNamingIt() {
        as("marketing")
                .queryParam("source", "FAX")
                .get("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("source"))
                .body("errors[0].message", containsString("SALESFORCE"));
    }

    @Test
    void oversizedBodyIsRefusedWithAProblem() {
        String huge =
                "{\"email\": \"a@b.example\", \"source\": \"WEB_FORM\", \"industry\": \"" + "x".repeat(300_000) + "\"}";
        as("marketing")
                .body(huge)
                .post("/api/leads")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:payload-too-large"));
    }

    @Test
    void unknownIdIsNotFound() {
        ResourceChecks.assertUnknownIdIsNotFound("sales", "/api/leads", "Lead");
    }

    @Test
    void unknownRouteIsNotFound() {
        as("sales")
                .get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:not-found"))
                .body("instance", equalTo("/api/nothing-here"));
        as("sales").get("/no/such/page").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMethodIsNotAllowed() {
        as("admin")
                .delete("/api/leads")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:method-not-allowed"));
    }

    @Test
    void wrongMediaTypeIsUnsupported() {
        as("marketing")
                .contentType("text/plain")
                .body("email=a@b.example")
                .post("/api/leads")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:unsupported-media-type"));
    }

    @Test
    void unexpectedFailureHidesItsInternals() {
        as("admin")
                .get("/test-only/failure")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:internal-error"))
                .body("detail", containsString("reference"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("secret-internal-detail")))
                .body(not(containsString("at io.")));
    }
}
