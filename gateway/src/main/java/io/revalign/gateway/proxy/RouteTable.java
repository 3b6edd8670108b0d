package io.revalign.gateway.proxy;

import io.revalign.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which service serves which path prefixes, from configuration; longest prefix wins. */
@ApplicationScoped
public class RouteTable {

    /** One service and the prefixes routed to it. */
    public record Route(
            String service, GatewayConfig.Upstream upstream, List<String> prefixes, List<String> publicPrefixes) {

        /** Whether the path is this route's prefix or below it. */
        boolean matches(String path, String prefix) {
            return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
        }
    }

    private final List<Route> routes;

    @Inject
    public RouteTable(GatewayConfig config) {
        this(config.services());
    }

    RouteTable(Map<String, GatewayConfig.Upstream> services) {
        this.routes = services.entrySet().stream()
                .map(e -> new Route(
                        e.getKey(),
                        e.getValue(),
                        List.copyOf(e.getValue().prefixes()),
                        List.copyOf(e.getValue().publicPrefixes().orElse(List.of()))))
                .sorted(Comparator.comparing(Route::service))
                .toList();
    }

    /** Every route, ordered by service name. */
    public List<Route> routes() {
        return routes;
    }

    /** The route serving the path, if any; when prefixes nest, the longest one decides. */
    public Optional<Route> routeFor(String path) {
        Route best = null;
        int bestLength = -1;
        for (Route route : routes) {
            for (String prefix : route.prefixes()) {
                if (prefix.length() > bestLength && route.matches(path, prefix)) {
                    best = route;
                    bestLength = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
