package io.revalign.gateway.limits;

import io.revalign.common.input.PathPatterns;
import io.revalign.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which route group a path belongs to: the group with the most specific matching pattern, else default. */
@ApplicationScoped
public class RouteGroups {

    public static final String DEFAULT = "default";

    /** A group's name and limits. */
    public record Group(String name, long requests, java.time.Duration period, long maxBodySize) {}

    private final Group fallback;
    private final PathPatterns<Group> patterns = new PathPatterns<>();

    @Inject
    public RouteGroups(GatewayConfig config) {
        this(config.routeGroups());
    }

    RouteGroups(Map<String, GatewayConfig.RouteGroup> groups) {
        GatewayConfig.RouteGroup base = groups.get(DEFAULT);
        if (base == null) {
            throw new IllegalStateException("revalign.gateway.route-groups.default is required");
        }
        this.fallback = group(DEFAULT, base);
        groups.forEach((name, config) -> {
            if (!DEFAULT.equals(name)) {
                for (String path : config.paths().orElse(List.of())) {
                    patterns.add(path, group(name, config));
                }
            }
        });
    }

    /** The group of the path. */
    public Group groupFor(String path) {
        return patterns.find(path).orElse(fallback);
    }

    /** Every group, the default first. */
    public List<Group> groups() {
        List<Group> all = new ArrayList<>();
        all.add(fallback);
        patterns.values().stream().distinct().forEach(all::add);
        return all;
    }

    private static Group group(String name, GatewayConfig.RouteGroup config) {
        return new Group(
                name, config.requests(), config.period(), config.maxBodySize().asLongValue());
    }
}
