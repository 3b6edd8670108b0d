package io.revalign.gateway.api;

import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.gateway.config.GatewayConfig;
import io.revalign.gateway.health.UpstreamProbe;
import io.revalign.gateway.proxy.UpstreamGuards;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The gateway's routing table, so integrators and operators see which service serves which paths. */
@Path("/api/gateway/routes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gateway", description = "What the gateway routes where")
public class RouteResource {

    private static final String ROUTES_EXAMPLE =
            """
            [{"service": "governance", "prefixes": ["/api/ai-tools"], "contract": "/openapi/governance", "ready": true, "circuit": "CLOSED"},
             {"service": "lead", "prefixes": ["/api/leads"], "contract": "/openapi/lead", "ready": true, "circuit": "CLOSED"},
             {"service": "skills", "prefixes": ["/api/skills"], "contract": "/openapi/skills", "ready": false, "circuit": "OPEN"}]""";

    private final GatewayConfig config;
    private final UpstreamProbe probe;
    private final UpstreamGuards guards;

    public RouteResource(GatewayConfig config, UpstreamProbe probe, UpstreamGuards guards) {
        this.config = config;
        this.probe = probe;
        this.guards = guards;
    }

    @GET
    @RolesAllowed({Roles.REVOPS, Roles.IT, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            summary = "List the routes",
            description =
                    "Each service, the path prefixes it serves, whether it is ready and the state of its circuit breaker.",
            operationId = "listRoutes")
    @APIResponse(
            responseCode = "200",
            description = "The routing table",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = RouteResponse.class,
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                            examples = @ExampleObject(name = "routes", value = ROUTES_EXAMPLE)))
    @APIResponse(
            responseCode = "401",
            description = "No valid bearer token",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unauthorized", value = ProblemExamples.UNAUTHORIZED)))
    @APIResponse(
            responseCode = "403",
            description = "The token lacks a role for this operation",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN)))
    public Uni<List<RouteResponse>> list() {
        return probe.readiness().map(ready -> config.services().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new RouteResponse(
                        e.getKey(),
                        e.getValue().prefixes(),
                        "/openapi/" + e.getKey(),
                        ready.getOrDefault(e.getKey(), false),
                        RouteResponse.Circuit.valueOf(guards.state(e.getKey()).name())))
                .toList());
    }
}
