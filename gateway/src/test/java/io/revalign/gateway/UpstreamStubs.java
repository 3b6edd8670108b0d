package io.revalign.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Stands in for the services: lead is a WireMock server on a free port; skills points at a port
 * where nothing listens (a service that is down); governance is the same stub as lead.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer lead;

    @Override
    public Map<String, String> start() {
        lead = new WireMockServer(options().dynamicPort());
        lead.start();
        return Map.of(
                "revalign.gateway.services.lead.url",
                lead.baseUrl(),
                "revalign.gateway.services.skills.url",
                "http://127.0.0.1:" + closedPort(),
                "revalign.gateway.services.governance.url",
                lead.baseUrl(),
                "revalign.gateway.request-timeout",
                "1s");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (lead != null) {
            lead.stop();
        }
    }
}
