package io.revalign.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ResilienceStubs.class)
class ResilienceTest {

    ResilienceStubs.Servers stubs;

    @Test
    void anOpenCircuitAnswers503NamingTheServiceAndProbesAgainAfterTheDelay() throws Exception {
        WireMockServer flaky = stubs.flaky();
        String path = "/api/flaky/" + UUID.randomUUID();
        flaky.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 3; i++) {
            as("sales").get(path).then().statusCode(503);
        }
        int calls = flaky.countRequestsMatching(
                        getRequestedFor(urlEqualTo(path)).build())
                .getCount();

        as("sales")
                .get(path)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", Matchers.matchesPattern("[1-9][0-9]*"))
                .body("type", Matchers.equalTo("urn:revalign:problem:service-unavailable"))
                .body("detail", containsString("flaky"));
        assertEquals(
                calls,
                flaky.countRequestsMatching(getRequestedFor(urlEqualTo(path)).build())
                        .getCount(),
                "an open circuit does not call the service");
        as("revops")
                .get("/api/gateway/routes")
                .then()
                .body("find { it.service == 'flaky' }.circuit", Matchers.oneOf("OPEN", "HALF_OPEN"))
                .body("find { it.service == 'lead' }.circuit", Matchers.equalTo("CLOSED"));

        flaky.stubFor(
                get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{}")));
        Thread.sleep(2300);
        as("sales").get(path).then().statusCode(200);
        as("sales").get(path).then().statusCode(200);
    }

    @Test
    void aServiceThatGoesDownAndComesBackIsServedAgainWithoutRestartingTheGateway() throws Exception {
        WireMockServer flaky = stubs.flaky();
        String path = "/api/flaky/" + UUID.randomUUID();
        flaky.stubFor(
                get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{}")));
        as("sales").get(path).then().statusCode(200);

        flaky.stop();
        try {
            long start = System.nanoTime();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                statuses.add(as("sales").get(path).then().extract().statusCode());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(statuses.subList(0, 3).stream().allMatch(s -> s == 502), "unreachable: " + statuses);
            assertTrue(statuses.subList(3, 5).stream().allMatch(s -> s == 503), "then the circuit opens: " + statuses);
            assertTrue(
                    millis < 10_000,
                    "a down service answers at once, not after 5 × the 8 s timeout: " + millis + " ms");
            as("lead").get("/api/leads/" + UUID.randomUUID()).then().statusCode(Matchers.not(503));
        } finally {
            flaky.start();
        }
        flaky.stubFor(
                get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{}")));
        Thread.sleep(2300); // the circuit's open-for
        as("sales").get(path).then().statusCode(200);
    }

    @Test
    void aSlowServiceNeverSlowsTheOthers() throws Exception {
        String slow = "/api/ai-tools/" + UUID.randomUUID();
        stubs.governance()
                .stubFor(get(urlEqualTo(slow))
                        .willReturn(aResponse().withFixedDelay(10_000).withBody("{}")));
        String fast = "/api/leads/" + UUID.randomUUID();
        stubs.lead().stubFor(get(urlEqualTo(fast)).willReturn(aResponse().withBody("{}")));
        String patient = "/api/leads/" + UUID.randomUUID();
        stubs.lead()
                .stubFor(get(urlEqualTo(patient))
                        .willReturn(aResponse().withFixedDelay(4500).withBody("{}")));

        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<long[]>> slowCalls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                slowCalls.add(pool.submit(() -> timed(slow)));
            }
            Thread.sleep(200); // the slow calls are in flight
            long worstFast = 0;
            for (int i = 0; i < 10; i++) {
                long[] call = timed(fast);
                assertEquals(200, call[0]);
                worstFast = Math.max(worstFast, call[1]);
            }
            assertTrue(
                    worstFast < 2000,
                    "lead answered well within governance's 3 s timeout while governance hung: " + worstFast + " ms");
            assertEquals(200, timed(patient)[0], "lead keeps the gateway's 8 s timeout; 3 s is governance's own");
            for (Future<long[]> call : slowCalls) {
                long[] result = call.get();
                assertTrue(result[0] == 504 || result[0] == 503, "governance is 504, then 503: " + result[0]);
                assertTrue(
                        result[1] < 7000,
                        "governance's 3 s timeout holds against its 10 s delay: " + result[1] + " ms");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyRequestsThatAreSafeToRepeatAreRetried() {
        WireMockServer lead = stubs.lead();
        String read = "/api/leads/" + UUID.randomUUID();
        failOnceThen(lead, "read", () -> get(urlEqualTo(read)), 200);
        as("sales").get(read).then().statusCode(200);
        lead.verify(2, getRequestedFor(urlEqualTo(read)));

        String create = "/api/leads/" + UUID.randomUUID();
        failOnceThen(lead, "create", () -> post(urlEqualTo(create)), 201);
        as("marketing").body("{\"email\": \"a@b.example\"}").post(create).then().statusCode(503);
        lead.verify(1, postRequestedFor(urlEqualTo(create)));

        String keyed = "/api/leads/" + UUID.randomUUID();
        failOnceThen(lead, "keyed", () -> post(urlEqualTo(keyed)), 201);
        as("marketing")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"email\": \"c@d.example\"}")
                .post(keyed)
                .then()
                .statusCode(201);
        lead.verify(
                2,
                postRequestedFor(urlEqualTo(keyed))
                        .withHeader("Content-Type", containing("json"))
                        .withRequestBody(equalToJson("{\"email\": \"c@d.example\"}")));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern containing(String text) {
        return com.github.tomakehurst.wiremock.client.WireMock.containing(text);
    }

    private static void failOnceThen(
            WireMockServer server,
            String scenario,
            java.util.function.Supplier<com.github.tomakehurst.wiremock.client.MappingBuilder> request,
            int status) {
        server.stubFor(request.get()
                .inScenario(scenario)
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("recovered"));
        server.stubFor(request.get()
                .inScenario(scenario)
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(status).withBody("{}")));
    }

    private static long[] timed(String path) {
        long start = System.nanoTime();
        int status = as("it").get(path).then().extract().statusCode();
        return new long[] {status, (System.nanoTime() - start) / 1_000_000};
    }
}
