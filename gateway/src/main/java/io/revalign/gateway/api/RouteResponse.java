package io.revalign.gateway.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the routing table, with whether its service is ready now. */
@Schema(name = "Route")
public record RouteResponse(
        @Schema(examples = "lead") String service,
        @Schema(examples = "[\"/api/leads\"]") List<String> prefixes,
        @Schema(description = "Where the gateway serves the service's OpenAPI document", examples = "/openapi/lead")
                String contract,
        @Schema(examples = "true") boolean ready,
        @Schema(
                        description = "The service's circuit: OPEN while the gateway answers 503 without calling it,"
                                + " HALF_OPEN while one probing request is let through",
                        examples = "CLOSED")
                Circuit circuit) {

    /** The state of a service's circuit breaker. */
    public enum Circuit {
        CLOSED,
        OPEN,
        HALF_OPEN
    }
}
