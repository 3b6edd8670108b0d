package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.ResourceChecks;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Input a lenient service would store or choke on: each is a 400 problem naming what to fix, nothing written. */
@QuarkusTest
class HostileInputTest {

    static int leadsWithCompany(String company) {
        return as("revops")
                .queryParam("q", company)
                .get("/api/leads")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
    }

    static String body(String company, String extra) {
        return "{\"email\": \"h@contoso.example\", \"source\": \"WEB_FORM\", \"company\": \"" + company + "\"" + extra
                + "}";
    }

    @Test
    void nulInAStoredFieldIs400NamingTheField() {
        String company = "Nul" + UUID.randomUUID().toString().substring(0, 8);
        as("marketing")
                .body(body(company + "\\u0000x", ""))
                .post("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("company"))
                .body("errors[0].message", containsString("NUL"));
        as("marketing")
                .body(body(company, ", \"attributes\": {\"note\": \"a\\u0000b\"}"))
                .post("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0, leadsWithCompany(company));
    }

    @Test
    void nulInAQueryParameterIs400NamingIt() {
        as("revops")
                .queryParam("email", "x\u0000y")
                .get("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void loneSurrogatesAreRefusedNotStoredAsQuestionMarks() {
        String company = "Sur" + UUID.randomUUID().toString().substring(0, 8);
        as("marketing")
                .body(body(company + "\\ud83d", ""))
                .post("/api/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("company"));
        assertEquals(0, leadsWithCompany(company));
    }

    @Test
    void lenientJsonIsRefused() {
        String company = "Len" + UUID.randomUUID().toString().substring(0, 8);
        for (String json : new String[] {
            body(company, "") + " {\"more\": 1}",
            body(company, ", \"company\": \"Other\""),
            body(company, ", \"companySize\": 1.5"),
            body(company, ", \"companySize\": \"12\""),
            body(company, ", \"bant\": {\"budget\": 2}"),
            "{\"email\": 12, \"source\": \"WEB_FORM\", \"company\": \"" + company + "\"}"
        }) {
            as("marketing")
                    .body(json)
                    .post("/api/leads")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        assertEquals(0, leadsWithCompany(company));
    }

    @Test
    void anEmptyIdempotencyKeyIs400() {
        String company = "Idem" + UUID.randomUUID().toString().substring(0, 8);
        as("marketing")
                .header("Idempotency-Key", "")
                .body(body(company, ""))
                .post("/api/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(0, leadsWithCompany(company));
    }

    @Test
    void aBulkBodyWithoutRecordsIs400NamingRecords() {
        ResourceChecks.assertBulkBodiesNeedRecords(
                "/api/leads/bulk", "/api/activities/bulk", "/api/leads/outcomes/bulk");
    }
}
