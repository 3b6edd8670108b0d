package io.revalign.gateway.limits;

import io.revalign.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Which route group a path belongs to: the group with the most specific matching pattern, else default. */
@ApplicationScoped
public class RouteGroups {

    public static final String DEFAULT = "default";

    /** A group's name and limits. */
    public record Group(String name, long requests, java.time.Duration period, long maxBodySize) {}

    private record Pattern(String[] segments, Group group) {}

    private final Group fallback;
    private final List<Pattern> patterns = new ArrayList<>();

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
                    patterns.add(new Pattern(segments(path), group(name, config)));
                }
            }
        });
        patterns.sort(
                Comparator.comparingInt((Pattern p) -> p.segments().length).reversed());
    }

    /** The group of the path. */
    public Group groupFor(String path) {
        String[] segments = segments(path);
        for (Pattern pattern : patterns) {
            if (matches(pattern.segments(), segments)) {
                return pattern.group();
            }
        }
        return fallback;
    }

    /** Every group, the default first. */
    public List<Group> groups() {
        List<Group> all = new ArrayList<>();
        all.add(fallback);
        patterns.stream().map(Pattern::group).distinct().forEach(all::add);
        return all;
    }

    private static boolean matches(String[] pattern, String[] path) {
        if (path.length < pattern.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!"*".equals(pattern[i]) && !pattern[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] segments(String path) {
        return java.util.Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }

    private static Group group(String name, GatewayConfig.RouteGroup config) {
        return new Group(
                name, config.requests(), config.period(), config.maxBodySize().asLongValue());
    }
}
