package io.revalign.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revalign.common.testing.Api.anonymous;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.DevTokens;
import io.revalign.common.testing.Management;
import io.revalign.gateway.UpstreamStubs;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ProxyRoutesTest {

    @UpstreamStubs.Upstream
    WireMockServer lead;

    @UpstreamStubs.Management
    WireMockServer leadManagement;

    @Test
    void forwardsRequestWithTokenAndForwardingHeaders() {
        String path = "/api/leads/" + UUID.randomUUID();
        lead.stubFor(get(urlEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Request-Id", "req-42")
                        .withBody("{\"id\": \"x\"}")));
        String token = DevTokens.forRoles("sales");

        anonymous()
                .auth()
                .oauth2(token)
                .header("X-Request-Id", "req-42")
                .get(path)
                .then()
                .statusCode(200)
                .header("X-Request-Id", "req-42")
                .body("id", Matchers.equalTo("x"));
        org.junit.jupiter.api.Assertions.assertEquals(
                1,
                anonymous()
                        .auth()
                        .oauth2(token)
                        .header("X-Request-Id", "req-42")
                        .get(path)
                        .then()
                        .extract()
                        .headers()
                        .getValues("X-Request-Id")
                        .size(),
                "one X-Request-Id even when the service echoes it");

        lead.verify(getRequestedFor(urlEqualTo(path))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("X-Request-Id", equalTo("req-42"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Host", matching("(localhost|127\\.0\\.0\\.1):\\d+")));
    }

    @Test
    void overwritesForwardingHeadersAClientSent() {
        String path = "/api/leads/" + UUID.randomUUID();
        lead.stubFor(
                get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{}")));

        as("sales")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.66")
                .header("X-Forwarded-Port", "8443")
                .header("Forwarded", "host=evil.example;proto=https;for=203.0.113.66")
                .get(path)
                .then()
                .statusCode(200);

        lead.verify(getRequestedFor(urlEqualTo(path))
                .withHeader("X-Forwarded-Host", matching("(localhost|127\\.0\\.0\\.1):\\d+"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-For", equalTo("127.0.0.1"))
                .withHeader("X-Forwarded-Port", matching("\\d+"))
                .withoutHeader("Forwarded"));
        var seen = lead.findAll(getRequestedFor(urlEqualTo(path))).get(0).getHeaders();
        for (String header :
                new String[] {"X-Forwarded-Host", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Port"}) {
            org.junit.jupiter.api.Assertions.assertEquals(
                    1, seen.getHeader(header).values().size(), header + " is the gateway's only");
            org.junit.jupiter.api.Assertions.assertFalse(
                    seen.getHeader(header).firstValue().contains("evil")
                            || seen.getHeader(header).firstValue().contains("203.0.113.66"),
                    header + " does not carry what the client sent");
        }
    }

    @Test
    void replacesAnUnreasonableRequestId() {
        String path = "/api/leads/" + UUID.randomUUID();
        lead.stubFor(
                get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{}")));
        as("sales").header("X-Request-Id", "x".repeat(201)).get(path).then().statusCode(200);
        as("sales")
                .header("X-Request-Id", "bad id\twith spaces")
                .get(path)
                .then()
                .statusCode(200);
        lead.verify(2, getRequestedFor(urlEqualTo(path)).withHeader("X-Request-Id", matching("[0-9a-f-]{36}")));
    }

    @Test
    void addsARequestIdWhenTheClientSentNone() {
        String path = "/api/leads/" + UUID.randomUUID();
        lead.stubFor(get(urlEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 404}")));
        as("sales").get(path).then().statusCode(404).header("X-Request-Id", notNullValue());
        lead.verify(getRequestedFor(urlEqualTo(path)).withHeader("X-Request-Id", matching(".{36}")));
    }

    @Test
    void forwardsBodiesAndStatusAndLocation() {
        String email = UUID.randomUUID() + "@northwind.example";
        lead.stubFor(post(urlPathEqualTo("/api/leads"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Location", "http://gateway.example/api/leads/1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"email\": \"" + email + "\"}")));

        as("marketing")
                .body("{\"email\": \"" + email + "\", \"source\": \"WEB_FORM\"}")
                .post("/api/leads")
                .then()
                .statusCode(201)
                .header("Location", "http://gateway.example/api/leads/1")
                .body("email", Matchers.equalTo(email));

        lead.verify(postRequestedFor(urlPathEqualTo("/api/leads"))
                .withRequestBody(equalToJson("{\"email\": \"" + email + "\", \"source\": \"WEB_FORM\"}")));
    }

    @Test
    void rejectsMissingAndBadTokensWithoutForwarding() {
        String path = "/api/leads/" + UUID.randomUUID();
        anonymous()
                .get(path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", Matchers.equalTo("urn:revalign:problem:unauthorized"));
        for (String bad : new String[] {
            DevTokens.expired("sales"), DevTokens.signedByStranger("sales"), DevTokens.unsigned("sales")
        }) {
            anonymous().auth().oauth2(bad).get(path).then().statusCode(401).contentType("application/problem+json");
        }
        lead.verify(0, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void signedWebhookPathsAreForwardedWithoutATokenAndNothingElseIs() {
        String webhooks = "/api/integrations/hubspot/webhooks";
        lead.stubFor(post(urlEqualTo(webhooks)).willReturn(aResponse().withStatus(204)));
        anonymous()
                .header("X-HubSpot-Signature-v3", "c2lnbmVk")
                .body("[]")
                .post(webhooks)
                .then()
                .statusCode(204);
        lead.verify(postRequestedFor(urlEqualTo(webhooks)).withHeader("X-HubSpot-Signature-v3", equalTo("c2lnbmVk")));
        anonymous().body("[]").post("/api/integrations/hubspot/other").then().statusCode(401);
        anonymous()
                .body("[]")
                .post("/api/integrations/hubspot/webhooksX")
                .then()
                .statusCode(401);
        lead.verify(0, postRequestedFor(urlEqualTo("/api/integrations/hubspot/other")));
    }

    @Test
    void genericInboundAndGovernanceDeliveriesAreForwardedWithoutAToken() {
        String inbound = "/api/integrations/inbound/salesforce";
        lead.stubFor(post(urlEqualTo(inbound)).willReturn(aResponse().withStatus(204)));
        anonymous()
                .header("webhook-signature", "v1,c2lnbmVk")
                .body("{}")
                .post(inbound)
                .then()
                .statusCode(204);
        lead.verify(postRequestedFor(urlEqualTo(inbound)).withHeader("webhook-signature", equalTo("v1,c2lnbmVk")));
        // skills-service is not running here: forwarded (502), not stopped for want of a token (401)
        anonymous()
                .body("{}")
                .post("/api/integrations/governance/webhooks")
                .then()
                .statusCode(502);
        anonymous().body("{}").post("/api/integrations/governance/other").then().statusCode(401);
    }

    @Test
    void oversizedBodyIsRefusedBeforeForwarding() {
        as("marketing")
                .body("{\"note\": \"" + "x".repeat(300_000) + "\"}")
                .post("/api/leads")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", Matchers.equalTo("urn:revalign:problem:payload-too-large"));
        lead.verify(
                0,
                postRequestedFor(urlPathEqualTo("/api/leads"))
                        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("xxxxxxxxxx")));
    }

    @Test
    void unreachableServiceIsABadGatewayProblem() {
        as("enablement")
                .get("/api/skills")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", Matchers.equalTo("urn:revalign:problem:bad-gateway"))
                .body("detail", containsString("skills"))
                .body("instance", Matchers.equalTo("/api/skills"));
        // skills' webhook subscriptions are routed to skills-service (not running here), behind a token
        as("integration")
                .get("/api/webhooks/skills/subscriptions")
                .then()
                .statusCode(502)
                .body("detail", containsString("skills"));
        anonymous().get("/api/webhooks/skills/subscriptions").then().statusCode(401);
    }

    @Test
    void eachServicesWebhookSubscriptionsAreRoutedToIt() {
        // the stub stands for lead-service and ai-governance-service both; a path no route has is the gateway's 404
        for (String subscriptions :
                new String[] {"/api/webhooks/lead/subscriptions", "/api/webhooks/governance/subscriptions"}) {
            lead.stubFor(get(urlEqualTo(subscriptions))
                    .willReturn(aResponse().withStatus(200).withBody("[]")));
            as("admin").get(subscriptions).then().statusCode(200);
            lead.verify(getRequestedFor(urlEqualTo(subscriptions)));
        }
        as("admin").get("/api/webhooks/nobody/subscriptions").then().statusCode(404);
    }

    @Test
    void silentServiceIsAGatewayTimeoutProblem() {
        String path = "/api/ai-tools/" + UUID.randomUUID();
        lead.stubFor(get(urlEqualTo(path))
                .willReturn(aResponse().withStatus(200).withFixedDelay(10_000).withBody("{}")));
        as("it").get(path)
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("type", Matchers.equalTo("urn:revalign:problem:gateway-timeout"));
    }

    @Test
    void corsAnswersOnlyTheConfiguredOrigin() {
        anonymous()
                .header("Origin", "https://app.revalign.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type,Idempotency-Key")
                .options("/api/leads")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.revalign.example")
                .header("Access-Control-Allow-Credentials", "true");
        String denied = anonymous()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/leads")
                .then()
                .extract()
                .header("Access-Control-Allow-Origin");
        org.junit.jupiter.api.Assertions.assertNull(denied, "no CORS grant for an origin that is not configured");
        as("sales")
                .header("Origin", "https://evil.example")
                .get("/api/leads/" + UUID.randomUUID())
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", Matchers.nullValue());
    }

    @Test
    void overlongUrlsAreRefusedBeforeForwarding() {
        String path = "/api/leads/" + "a".repeat(9000);
        int status = as("sales").get(path).then().extract().statusCode();
        org.junit.jupiter.api.Assertions.assertEquals(414, status);
        lead.verify(0, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void traceContextIsPropagatedAndEchoed() {
        String path = "/api/leads/" + UUID.randomUUID();
        lead.stubFor(
                get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{}")));
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String echoed = as("sales")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("traceparent");
        org.junit.jupiter.api.Assertions.assertNotNull(echoed, "the gateway echoes its traceparent");
        org.junit.jupiter.api.Assertions.assertTrue(
                echoed.matches("00-" + traceId + "-[0-9a-f]{16}-0[01]"), "same trace: " + echoed);
        lead.verify(getRequestedFor(urlEqualTo(path))
                .withHeader("traceparent", matching("00-" + traceId + "-[0-9a-f]{16}-0[01]")));
    }

    @Test
    void everyRequestIsLoggedOnceWithoutItsToken() throws InterruptedException {
        String path = "/api/leads/" + UUID.randomUUID();
        lead.stubFor(
                get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{}")));
        java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger access = java.util.logging.Logger.getLogger("io.revalign.gateway.access");
        access.addHandler(capture);
        String token = DevTokens.forUser("log-subject@revalign.test", "sales");
        try {
            anonymous()
                    .auth()
                    .oauth2(token)
                    .header("X-Request-Id", "log-me-42")
                    .get(path)
                    .then()
                    .statusCode(200);
            anonymous()
                    .header("X-Request-Id", "log-me-43")
                    .get("/api/no-such-thing")
                    .then()
                    .statusCode(404);
            // The line is written when the response has gone out, which the client may see first.
            for (int i = 0; i < 100 && lines.stream().noneMatch(l -> l.contains("log-me-43")); i++) {
                Thread.sleep(20);
            }
        } finally {
            access.removeHandler(capture);
        }
        String line =
                lines.stream().filter(l -> l.contains("log-me-42")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(line.startsWith("GET /api/leads/* 200 "), line);
        org.junit.jupiter.api.Assertions.assertTrue(line.contains("subject=log-subject@revalign.test"), line);
        org.junit.jupiter.api.Assertions.assertFalse(line.contains(token.substring(0, 20)), "no token in the log");
        org.junit.jupiter.api.Assertions.assertFalse(line.contains(path), "the route template, not the raw path");
        org.junit.jupiter.api.Assertions.assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("GET other 404 ") && l.contains("log-me-43")),
                lines.toString());
        org.junit.jupiter.api.Assertions.assertEquals(
                1, lines.stream().filter(l -> l.contains("log-me-42")).count(), "one line per request");
    }

    @Test
    void metricsCountRequestsPerRouteAndUpstream() {
        String path = "/api/leads/" + UUID.randomUUID();
        lead.stubFor(
                get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{}")));
        as("sales").get(path).then().statusCode(200);
        as("enablement").get("/api/skills").then().statusCode(502);
        String metrics = Management.metrics();
        org.junit.jupiter.api.Assertions.assertTrue(
                metrics.lines()
                        .anyMatch(l -> l.startsWith("gateway_requests_seconds_count")
                                && l.contains("route=\"/api/leads/*\"")
                                && l.contains("status=\"200\"")),
                "per route");
        org.junit.jupiter.api.Assertions.assertTrue(
                metrics.lines()
                        .anyMatch(l -> l.startsWith("gateway_upstream_requests_seconds_count")
                                && l.contains("service=\"skills\"")
                                && l.contains("outcome=\"5xx\"")),
                "per upstream");
    }

    @Test
    void metricsNeverNameALeadsId() {
        String id = UUID.randomUUID().toString();
        lead.stubFor(get(urlEqualTo("/api/leads/" + id))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        as("sales").get("/api/leads/" + id).then().statusCode(200);
        anonymous().get("/api/leads/" + id).then().statusCode(401);
        anonymous().auth().oauth2("not-a-token").get("/api/leads/" + id).then().statusCode(401);
        as("sales").get("/api/no-such-thing/" + id).then().statusCode(404);
        as("sales").get("/" + id).then().statusCode(404);
        String metrics = Management.metrics();
        Management.assertNoRawIds(metrics);
        org.junit.jupiter.api.Assertions.assertTrue(
                metrics.lines()
                        .anyMatch(l -> l.startsWith("gateway_requests_seconds_count")
                                && l.contains("route=\"/api/leads/*\"")
                                && l.contains("status=\"401\"")),
                "the refused read is counted under its route template");
    }

    @Test
    void onlyTheApiAndThePortalArePublic() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            anonymous().get(path).then().statusCode(404);
        }
        Management.management().get("/q/health/live").then().statusCode(200);
        Management.management().get("/q/metrics").then().statusCode(200);
        anonymous().get("/q/openapi").then().statusCode(200);
        anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownRouteIsANotFoundProblem() {
        as("sales")
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", Matchers.equalTo("urn:revalign:problem:not-found"));
    }

    @Test
    void servesEachServiceContractForTheSwaggerUi() {
        leadManagement.stubFor(get(urlEqualTo("/q/openapi?format=json"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"RevAlign lead-service\"},"
                                + " \"paths\": {\"/api/leads\": {\"get\": {\"operationId\": \"listLeads\","
                                + " \"responses\": {\"200\": {\"description\": \"ok\"}}}}}}")));
        anonymous()
                .get("/openapi/lead")
                .then()
                .statusCode(200)
                .body("info.title", Matchers.equalTo("RevAlign lead-service"))
                .body("servers[0].url", Matchers.equalTo("/"))
                .body("paths.'/api/leads'.get.responses.'200'.description", Matchers.equalTo("ok"))
                .body(
                        "paths.'/api/leads'.get.responses.'429'.content.'application/problem+json'.schema.'$ref'",
                        Matchers.equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/leads'.get.responses.'429'.headers", Matchers.hasKey("RateLimit-Remaining"))
                .body("paths.'/api/leads'.get.responses.'429'.headers", Matchers.hasKey("Retry-After"))
                .body("paths.'/api/leads'.get.responses.'503'.description", containsString("circuit"))
                .body("paths.'/api/leads'.get.responses", Matchers.hasKey("504"));
        anonymous()
                .get("/openapi/skills")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("skills"));
        anonymous().get("/q/swagger-ui/").then().statusCode(200);
        String config = anonymous()
                .get("/q/swagger-ui/index.html")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String contract : new String[] {"/openapi/lead", "/openapi/skills", "/openapi/governance", "/q/openapi"}) {
            org.junit.jupiter.api.Assertions.assertTrue(config.contains(contract), contract + " listed in Swagger UI");
        }
    }
}
