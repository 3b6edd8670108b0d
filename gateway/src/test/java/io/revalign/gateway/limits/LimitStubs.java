package io.revalign.gateway.limits;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A stub lead service and small route groups for the limit tests: {@code tight} (/api/leads/tight,
 * 3 requests an hour) and bulk. Arg {@code store}: {@code redis} keeps buckets in the machine's Redis
 * under a key prefix of this run only; {@code memory} points at a port where no Redis listens.
 */
public class LimitStubs implements QuarkusTestResourceLifecycleManager {

    public static final String REDIS_URL = "redis://127.0.0.1:6379";

    /** What the test class gets: the stub and the key prefix its buckets use. */
    public record Setup(WireMockServer lead, String keyPrefix) {}

    private String store = "memory";
    private Setup setup;

    @Override
    public void init(Map<String, String> args) {
        store = args.getOrDefault("store", "memory");
    }

    @Override
    public Map<String, String> start() {
        WireMockServer lead = new WireMockServer(options().dynamicPort());
        lead.start();
        setup = new Setup(lead, "revalign:test:" + UUID.randomUUID() + ":");
        Map<String, String> config = new HashMap<>();
        config.put("revalign.gateway.services.lead.url", lead.baseUrl());
        config.put("revalign.gateway.route-groups.tight.paths", "/api/leads/tight");
        config.put("revalign.gateway.route-groups.tight.requests", "3");
        config.put("revalign.gateway.route-groups.tight.period", "1h");
        config.put(
                "revalign.gateway.rate-limit.redis-url",
                "redis".equals(store)
                        ? REDIS_URL
                        : "redis://127.0.0.1:" + io.revalign.gateway.UpstreamStubs.closedPort());
        config.put("revalign.gateway.rate-limit.key-prefix", setup.keyPrefix());
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(setup, new TestInjector.MatchesType(Setup.class));
    }

    @Override
    public void stop() {
        if (setup != null) {
            setup.lead().stop();
        }
    }
}
