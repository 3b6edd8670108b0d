package io.revalign.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** The gateway is ready when every service behind it is; each service's state is in the data. */
@Readiness
@ApplicationScoped
public class UpstreamReadinessCheck implements AsyncHealthCheck {

    private final UpstreamProbe probe;

    public UpstreamReadinessCheck(UpstreamProbe probe) {
        this.probe = probe;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return probe.readiness().map(ready -> {
            HealthCheckResponseBuilder response =
                    HealthCheckResponse.named("upstream services").status(!ready.containsValue(false));
            ready.forEach((service, up) -> response.withData(service, up ? "UP" : "DOWN"));
            return response.build();
        });
    }
}
