package io.revalign.gateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revalign.common.testing.Api.anonymous;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.gateway.UpstreamStubs;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scorecard asks the services with the caller's token: what comes back is shown beside its
 * benchmark, what does not — a service down (skills here), refusing, slow or without data — is named
 * with the reason, and the answer is still 200.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ScorecardTest {

    static final String GOVERNANCE_REPORT =
            """
            {"role": "sales-leader",
             "decisions": {"total": 40, "accountable": {"count": 30, "share": 0.75},
                           "inputOrInformed": {"count": 8, "share": 0.2}},
             "benchmark": {"accountable": 0.23, "inputOrInformed": 0.68}}""";

    static final String ALIGNMENT_REPORT = "{\"agreementRate\": 0.8, \"kappa\": 0.571}";

    @UpstreamStubs.Upstream
    WireMockServer upstream;

    @AfterEach
    void reset() {
        upstream.resetAll();
    }

    @Test
    void showsWhatCameBackAndNamesWhatDidNot() {
        upstream.stubFor(get(urlPathEqualTo("/api/governance/reports/sales-leadership"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(GOVERNANCE_REPORT)));
        upstream.stubFor(get(urlPathEqualTo("/api/reports/alignment"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(ALIGNMENT_REPORT)));
        as("sales-leader")
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .body("asOf", notNullValue())
                .body("figures", hasSize(2))
                .body("figures.find { it.key == 'salesLeadershipAccountable' }.value", Matchers.equalTo(0.75f))
                .body("figures.find { it.key == 'salesLeadershipAccountable' }.benchmark", Matchers.equalTo(0.23f))
                .body(
                        "figures.find { it.key == 'salesLeadershipAccountable' }.detail.inputOrInformed",
                        Matchers.equalTo(0.2f))
                .body("figures.find { it.key == 'definitionAgreement' }.value", Matchers.equalTo(0.8f))
                .body("figures.find { it.key == 'definitionAgreement' }.detail.kappa", Matchers.equalTo(0.571f))
                .body("missing", hasSize(1))
                .body("missing[0].key", Matchers.equalTo("sellersNeedingReskilling"))
                .body("missing[0].reason", Matchers.equalTo("skills-service cannot be reached"));
        upstream.verify(getRequestedFor(urlPathEqualTo("/api/governance/reports/sales-leadership"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aRefusingOrEmptyServiceIsNamedAndTheAnswerIsStill200() {
        upstream.stubFor(get(urlPathEqualTo("/api/governance/reports/sales-leadership"))
                .willReturn(aResponse().withStatus(403)));
        upstream.stubFor(get(urlPathEqualTo("/api/reports/alignment"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"agreementRate\": null}")));
        as("sales")
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .body("figures", hasSize(0))
                .body("missing", hasSize(3))
                .body(
                        "missing.find { it.key == 'salesLeadershipAccountable' }.reason",
                        containsString("answered 403 to GET /api/governance/reports/sales-leadership"))
                .body(
                        "missing.find { it.key == 'definitionAgreement' }.reason",
                        Matchers.equalTo("lead-service has no data for this figure yet"));
    }

    @Test
    void aSlowServiceIsNamedWithinTheTimeout() {
        upstream.stubFor(get(urlPathEqualTo("/api/reports/alignment"))
                .willReturn(aResponse().withFixedDelay(10_000).withBody(ALIGNMENT_REPORT)));
        long started = System.nanoTime();
        as("revops")
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .body(
                        "missing.find { it.key == 'definitionAgreement' }.reason",
                        Matchers.equalTo("lead-service did not answer within 3000 ms"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(
                millis < 8000, "answered at the 3 s timeout, not after the 10 s delay: " + millis + " ms");
    }

    @Test
    void needsATokenAndThePageIsPlainHtml() {
        anonymous().get("/api/scorecard").then().statusCode(401);
        anonymous()
                .get("/scorecard")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("fetch('/api/scorecard'"))
                .body(Matchers.not(containsString("https://")));
    }
}
