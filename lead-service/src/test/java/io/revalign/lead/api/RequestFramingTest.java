package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.revalign.common.testing.DevTokens;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What surrounds a body and its parameters: a body not declared as UTF-8 JSON is a 415, a query
 * parameter that does not parse is a 400 naming it (not a 404), each a problem with nothing
 * written; a header holding a control character is a 400.
 */
@QuarkusTest
class RequestFramingTest {

    static String body(String company) {
        return "{\"email\": \"f@contoso.example\", \"source\": \"WEB_FORM\", \"company\": \"" + company + "\"}";
    }

    static HttpResponse<String> post(byte[] body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/leads"))
                .header("Authorization", "Bearer " + DevTokens.forRoles("marketing"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyThatIsNotDeclaredAsUtf8JsonIs415() throws Exception {
        String company = "Ctype" + UUID.randomUUID().toString().substring(0, 8);
        byte[] utf8 = body(company).getBytes(StandardCharsets.UTF_8);
        for (String contentType : new String[] {null, "bogus", "text/plain", "application/x-www-form-urlencoded"}) {
            HttpResponse<String> response = post(utf8, contentType);
            assertEquals(415, response.statusCode(), String.valueOf(contentType));
            assertEquals(
                    "application/problem+json",
                    response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(response.body().contains("application/json (UTF-8)"), response.body());
        }
        HttpResponse<String> utf16 =
                post(body(company).getBytes(StandardCharsets.UTF_16), "application/json; charset=UTF-16");
        assertEquals(415, utf16.statusCode());
        assertTrue(utf16.body().contains("UTF-16 is not UTF-8"), utf16.body());
        assertEquals(0, HostileInputTest.leadsWithCompany(company));
        assertEquals(201, post(utf8, "application/json; charset=utf-8").statusCode());
    }

    @Test
    void aQueryParameterThatDoesNotParseIs400NamingIt() {
        for (String limit : new String[] {"abc", "1.5", "99999999999"}) {
            as("revops")
                    .queryParam("limit", limit)
                    .get("/api/leads")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"))
                    .body("errors[0].message", containsString("whole number"));
        }
        as("revops")
                .queryParam("limit", "x")
                .get("/api/leads/" + UUID.randomUUID() + "/activities")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("revops").get("/api/leads/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPathThatIsNotUtf8Is400AndNothingIsStored() {
        for (String externalId : new String[] {"%C0%AF", "%ED%A0%80"}) {
            as("integration")
                    .urlEncodingEnabled(false)
                    .body(body("Utf" + UUID.randomUUID().toString().substring(0, 8)))
                    .put("/api/leads/external/WEB_FORM/" + externalId)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("path"));
        }
    }

    @Test
    void aHeaderWithAControlCharacterIs400() throws Exception {
        for (String value : new String[] {"a\u0000b", "a\u0001b", "a\u007fb"}) {
            String response = raw("GET /api/leads HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + DevTokens.forRoles("revops") + "\r\nX-Note: " + value + "\r\nConnection: close\r\n\r\n");
            // Netty's decoder refuses control characters itself, with an empty 400 no application code
            // can reach (Quarkus does not expose Vert.x's invalid-request handler): a 400, not a 500.
            assertTrue(response.startsWith("HTTP/1.1 400"), value.codePointAt(1) + ": " + response);
            if (!response.contains("content-length: 0")) {
                assertTrue(response.contains("application/problem+json"), response);
            }
            System.out.println("header with U+" + String.format("%04X", value.codePointAt(1)) + ": "
                    + (response.contains("application/problem+json") ? "problem" : "decoder's empty 400"));
        }
    }

    static String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
