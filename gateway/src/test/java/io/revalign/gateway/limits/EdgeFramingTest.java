package io.revalign.gateway.limits;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.DevTokens;
import io.revalign.common.testing.RawHttp;
import io.revalign.gateway.UpstreamStubs;
import org.junit.jupiter.api.Test;

/**
 * Requests that break HTTP's framing limits at the edge: a request line too long (414), headers too
 * large (431), a path that does not decode (400) and a chunked body over its route group's limit (413). Each is a problem document, and none reaches a
 * service.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class EdgeFramingTest {

    @UpstreamStubs.Upstream
    WireMockServer lead;

    static String token() {
        return DevTokens.forRoles("revops");
    }

    static void assertProblem(String response, int status) {
        assertTrue(
                response.startsWith("HTTP/1.1 " + status),
                response.lines().findFirst().orElse(response));
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
        assertTrue(response.contains("\"status\":" + status), response);
    }

    @Test
    void aRequestLineTooLongIs414() throws Exception {
        assertProblem(get("/api/leads?q=" + "x".repeat(12_000), ""), 414);
    }

    @Test
    void headersTooLargeAre431() throws Exception {
        assertProblem(get("/api/leads", "X-Padding: " + "p".repeat(40_000) + "\r\n"), 431);
        assertProblem(
                raw("GET /api/leads HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + "t".repeat(100_000)
                        + "\r\nConnection: close\r\n\r\n"),
                431);
    }

    @Test
    void aPathThatDoesNotDecodeIs400() throws Exception {
        for (String path :
                new String[] {"/api/leads/%ZZ", "/api/leads/%", "/api/leads/%C0%AF", "/api/leads/%7B%7D%00"}) {
            // Quarkus refuses a path it cannot percent-decode before any application route, with an
            // empty 400 (see common-web's RequestFraming); what it lets through is refused with a problem.
            String response = get(path, "");
            assertTrue(response.startsWith("HTTP/1.1 400"), path + ": " + response);
            if (!response.contains("content-length: 0")) {
                assertProblem(response, 400);
            }
        }
        lead.verify(0, anyRequestedFor(urlPathMatching("/api/leads/.*")));
    }

    @Test
    void aControlCharacterInAHeaderIs400() throws Exception {
        // Refused by Netty's decoder before any route, with an empty 400 (see common-web's RequestFraming).
        String response = get("/api/leads", "X-Note: a\u0001b\r\n");
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        lead.verify(0, anyRequestedFor(urlPathMatching("/api/leads")));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNotForwarded() throws Exception {
        String chunk = "x".repeat(64 * 1024);
        StringBuilder request =
                new StringBuilder("POST /api/leads HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + token() + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                        + "Connection: close\r\n\r\n");
        for (int i = 0; i < 6; i++) {
            request.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        request.append("0\r\n\r\n");
        assertProblem(raw(request.toString()), 413);
        lead.verify(0, anyRequestedFor(urlPathMatching("/api/leads")));
    }

    static String get(String target, String headers) throws Exception {
        return RawHttp.get(target, token(), headers);
    }

    static String raw(String request) throws Exception {
        return RawHttp.send(request);
    }
}
