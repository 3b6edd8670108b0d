package io.revalign.gateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.Management;
import io.revalign.gateway.UpstreamStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class RouteResourceTest {

    @UpstreamStubs.Upstream
    WireMockServer lead;

    @UpstreamStubs.Management
    WireMockServer leadManagement;

    @BeforeEach
    void leadIsReady() {
        leadManagement.stubFor(get(urlEqualTo("/q/health/ready"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\": \"UP\"}")));
    }

    @Test
    void listsEveryRouteWithItsReadiness() {
        as("revops")
                .get("/api/gateway/routes")
                .then()
                .statusCode(200)
                .body("service", org.hamcrest.Matchers.contains("governance", "lead", "skills"))
                .body("find { it.service == 'lead' }.prefixes[0]", equalTo("/api/leads"))
                .body("find { it.service == 'lead' }.ready", equalTo(true))
                .body("find { it.service == 'skills' }.ready", equalTo(false))
                .body("find { it.service == 'skills' }.contract", equalTo("/openapi/skills"))
                .body("find { it.service == 'lead' }.circuit", equalTo("CLOSED"));
    }

    @Test
    void routesNeedAnOperatorRole() {
        as("seller").get("/api/gateway/routes").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void healthReportsEachServiceAndIsDownWhileOneIs() {
        Management.management()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'upstream services' }.data.lead", equalTo("UP"))
                .body("checks.find { it.name == 'upstream services' }.data.skills", equalTo("DOWN"));
    }

    @Test
    void probesAskTheManagementInterfaceAndAreReusedWithinTheProbeInterval() {
        Management.management().get("/q/health/ready").then().statusCode(503);
        int probed = leadManagement
                .countRequestsMatching(
                        getRequestedFor(urlEqualTo("/q/health/ready")).build())
                .getCount();
        org.junit.jupiter.api.Assertions.assertTrue(probed > 0, "the first health check asks the services");
        org.junit.jupiter.api.Assertions.assertEquals(
                0,
                lead.countRequestsMatching(
                                getRequestedFor(urlEqualTo("/q/health/ready")).build())
                        .getCount(),
                "readiness is asked of the management interface, not the public port");
        Management.management().get("/q/health/ready").then().statusCode(503);
        as("revops").get("/api/gateway/routes").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(
                probed,
                leadManagement
                        .countRequestsMatching(
                                getRequestedFor(urlEqualTo("/q/health/ready")).build())
                        .getCount(),
                "within the interval the last answers are reused");
    }
}
