package io.revalign.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Stands in for the services, one WireMock server per test class that uses it: lead and governance
 * are the stub, injected into the class's {@link Upstream} field, and their management interface
 * (readiness, contract) is a second one, injected into its {@link Management} field; skills points at
 * ports where nothing listens (a service that is down).
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives this class's stub server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Upstream {}

    /** Marks the test field that receives the stub of the services' management interface. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Management {}

    private WireMockServer server;
    private WireMockServer management;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        management = new WireMockServer(options().dynamicPort());
        management.start();
        return Map.ofEntries(
                Map.entry("revalign.gateway.services.lead.url", server.baseUrl()),
                Map.entry("revalign.gateway.services.lead.management-url", management.baseUrl()),
                Map.entry("revalign.gateway.services.skills.url", "http://127.0.0.1:" + closedPort()),
                Map.entry("revalign.gateway.services.skills.management-url", "http://127.0.0.1:" + closedPort()),
                Map.entry("revalign.gateway.services.governance.url", server.baseUrl()),
                Map.entry("revalign.gateway.services.governance.management-url", management.baseUrl()),
                Map.entry("revalign.gateway.request-timeout", "3s"),
                Map.entry("revalign.gateway.probe-interval", "1h"),
                Map.entry("revalign.gateway.scorecard-timeout", "3s"));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(
                server, new TestInjector.AnnotatedAndMatchesType(Upstream.class, WireMockServer.class));
        injector.injectIntoFields(
                management, new TestInjector.AnnotatedAndMatchesType(Management.class, WireMockServer.class));
    }

    /** A port on which nothing listens. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        if (management != null) {
            management.stop();
        }
    }
}
