package io.revalign.gateway.proxy;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Three stub services of their own for {@link ResilienceTest}, so one service's failures and delays
 * never share a connection pool or a circuit with another's: lead (fast), governance (slow, its
 * own 1 s timeout) and flaky (/api/flaky, for the circuit's states).
 */
public class ResilienceStubs implements QuarkusTestResourceLifecycleManager {

    /** The three stub servers, injected into the test's field of this type. */
    public record Servers(WireMockServer lead, WireMockServer governance, WireMockServer flaky) {}

    private Servers servers;

    @Override
    public Map<String, String> start() {
        // flaky keeps its port, so a test can stop it and start it again like a restarted service.
        servers = new Servers(server(), server(), server(io.revalign.gateway.UpstreamStubs.closedPort()));
        return Map.ofEntries(
                Map.entry("revalign.gateway.services.lead.url", servers.lead().baseUrl()),
                Map.entry(
                        "revalign.gateway.services.governance.url",
                        servers.governance().baseUrl()),
                Map.entry("revalign.gateway.services.governance.request-timeout", "3s"),
                Map.entry("revalign.gateway.services.flaky.url", servers.flaky().baseUrl()),
                Map.entry("revalign.gateway.services.flaky.prefixes", "/api/flaky"),
                Map.entry(
                        "revalign.gateway.services.skills.url",
                        "http://127.0.0.1:" + io.revalign.gateway.UpstreamStubs.closedPort()),
                Map.entry("revalign.gateway.request-timeout", "8s"),
                Map.entry("revalign.gateway.retry-backoff", "20ms"),
                Map.entry("revalign.gateway.breaker.failures", "3"),
                Map.entry("revalign.gateway.breaker.open-for", "2s"));
    }

    private static WireMockServer server() {
        return server(0);
    }

    private static WireMockServer server(int port) {
        WireMockServer server = new WireMockServer(
                (port == 0 ? options().dynamicPort() : options().port(port)).containerThreads(40));
        server.start();
        return server;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(servers, new TestInjector.MatchesType(Servers.class));
    }

    @Override
    public void stop() {
        if (servers != null) {
            servers.lead().stop();
            servers.governance().stop();
            servers.flaky().stop();
        }
    }
}
