package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Free attributes are bounded on the way in (depth, keys, key and text length, array size, total
 * size), each a 400 naming {@code attributes} with nothing written; and a page that fails while it
 * is being written is cut off, never completed with a problem appended to half a page.
 */
@QuarkusTest
class FreeAttributesTest {

    @Inject
    DataSource database;

    static String company() {
        return "Attr" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String lead(String company, String attributes) {
        return "{\"email\": \"a@contoso.example\", \"source\": \"WEB_FORM\", \"company\": \"" + company
                + "\", \"attributes\": " + attributes + "}";
    }

    static String nested(int depth) {
        return "{\"a\": ".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    static void refused(String company, String attributes, String message) {
        as("marketing")
                .body(lead(company, attributes))
                .post("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("attributes"))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void attributesPastEachBoundAre400NamingTheFieldAndNothingIsWritten() {
        String company = company();
        refused(company, nested(6), "5 levels deep");
        refused(company, nested(900), "5 levels deep");
        refused(company, "{\"t\": \"" + "x".repeat(2001) + "\"}", "2000 characters");
        refused(company, "{\"k" + "y".repeat(100) + "\": 1}", "keys of at most 100");
        refused(company, "{\"list\": [" + "1,".repeat(100) + "1]}", "100 items");
        StringBuilder manyKeys = new StringBuilder("{");
        for (int i = 0; i < 50; i++) {
            manyKeys.append(i == 0 ? "" : ",")
                    .append("\"o")
                    .append(i)
                    .append("\": {\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4}");
        }
        refused(company, manyKeys.append("}").toString(), "200 keys");
        StringBuilder large = new StringBuilder("{");
        for (int i = 0; i < 10; i++) {
            large.append(i == 0 ? "" : ",")
                    .append("\"t")
                    .append(i)
                    .append("\": \"")
                    .append("x".repeat(1900))
                    .append('"');
        }
        refused(company, large.append("}").toString(), "16384 characters");
        refused(company, "{\"k\\u0000\": 1}", "NUL");
        assertEquals(0, HostileInputTest.leadsWithCompany(company));
    }

    @Test
    void attributesWithinTheBoundsAreStoredAndReadBack() {
        String company = company();
        as("marketing")
                .body(lead(company, nested(5)))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .body("attributes.a.a.a.a", equalTo(java.util.Map.of()));
        assertEquals(1, HostileInputTest.leadsWithCompany(company));
    }

    @Test
    void updatesAndPatchesAreBoundedToo() {
        String company = company();
        String id = as("marketing")
                .body(lead(company, "{}"))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("marketing")
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"attributes\": " + nested(8) + "}")
                .patch("/api/leads/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("attributes"));
        as("marketing")
                .body("{\"records\": [" + lead(company, nested(7)) + "]}")
                .post("/api/leads/bulk")
                .then()
                .statusCode(200)
                .body("results[0].status", equalTo("FAILED"))
                .body("results[0].errors[0].field", equalTo("attributes"));
        assertEquals(1, HostileInputTest.leadsWithCompany(company));
    }

    /**
     * A lead stored before the bounds existed, nested past what JSON can be written with: the page
     * holding it must not arrive as a complete 200 with a problem appended to half a page.
     */
    @Test
    void aPageThatFailsWhileItIsWrittenIsCutOffNotCompleted() throws Exception {
        String company = company();
        String poison = null;
        for (int i = 0; i < 40; i++) {
            poison = as("marketing")
                    .body(lead(company, "{\"padding\": \"" + "p".repeat(1500) + "\"}"))
                    .post("/api/leads")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
        try (Connection connection = database.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE lead SET attributes = ?::jsonb WHERE id = ?")) {
            update.setString(1, nested(998));
            update.setObject(2, UUID.fromString(poison));
            assertEquals(1, update.executeUpdate());
        }
        try {
            HttpResponse<InputStream> response;
            try {
                response = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                                                + "/api/leads?limit=500&q=" + company))
                                        .header(
                                                "Authorization",
                                                "Bearer " + io.revalign.common.testing.DevTokens.forRoles("revops"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException cutBeforeTheStatus) {
                return; // the connection ended before the status line: cut off, not completed either
            }
            if (response.statusCode() == 200) {
                // The status was sent before the failure: the body must end early, not be completed.
                assertThrows(IOException.class, () -> {
                    try (InputStream body = response.body()) {
                        String text = new String(body.readAllBytes());
                        assertFalse(text.contains("urn:revalign:problem"), "a problem appended to a 200 page");
                    }
                });
            } else {
                assertEquals(500, response.statusCode());
                assertEquals(
                        "application/problem+json",
                        response.headers().firstValue("Content-Type").orElse(""));
            }
        } finally {
            try (Connection connection = database.getConnection();
                    PreparedStatement delete = connection.prepareStatement("DELETE FROM lead WHERE id = ?")) {
                delete.setObject(1, UUID.fromString(poison));
                delete.executeUpdate();
            }
        }
    }
}
