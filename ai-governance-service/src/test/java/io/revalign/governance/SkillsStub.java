package io.revalign.governance;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.util.Map;

/**
 * A stub skills-service on a dynamic port for every test of this module (so the application is not
 * restarted for the few that use it): tests stub {@code /api/readiness/skills} on {@link #server()}.
 * The circuit breaker is off here, so one test's failures do not open it for the next.
 */
@WithTestResource(value = SkillsStub.class, scope = TestResourceScope.GLOBAL)
public class SkillsStub implements QuarkusTestResourceLifecycleManager {

    /**
     * How long the service waits for the stub: long enough that an answer the stub gives at once is
     * never taken for a timeout on a machine busy with other builds (at 1 s it was, at a load of 30).
     */
    public static final int TIMEOUT_MS = 3000;

    /** A delay the stub answers after when a test wants the service to give up waiting. */
    public static final int TOO_LATE_MS = 2 * TIMEOUT_MS;

    private static WireMockServer server;

    /** The running stub. */
    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort());
            server.start();
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.rest-client.skills.url",
                server().baseUrl(),
                "io.revalign.governance.client.SkillsClient/readiness/CircuitBreaker/enabled",
                "false",
                "io.revalign.governance.client.SkillsClient/readiness/Timeout/value",
                String.valueOf(TIMEOUT_MS),
                "quarkus.rest-client.skills.read-timeout",
                String.valueOf(TIMEOUT_MS));
    }

    @Override
    public void stop() {
        // lives as long as the JVM, like the test database
    }
}
