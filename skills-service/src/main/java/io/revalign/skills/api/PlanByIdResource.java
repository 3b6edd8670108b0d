package io.revalign.skills.api;

import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.skills.service.PlanService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading a plan by id. */
@Path("/api/plans/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning", description = "Learning modules, plans built from gaps, enrolments and their progress")
public class PlanByIdResource {

    private final PlanService service;
    private final CurrentCaller caller;
    private final Clock clock;

    public PlanByIdResource(PlanService service, CurrentCaller caller, Clock clock) {
        this.service = service;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({
        Roles.SELLER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.ENABLEMENT,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(operationId = "getPlan", summary = "Read a plan with its steps")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanResponse.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(
            responseCode = "404",
            description = "No plan with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown plan", value = Examples.UNKNOWN_PLAN)))
    public PlanResponse get(@PathParam("id") UUID id) {
        return PlanResponse.from(service.get(id, caller.get()), LocalDate.now(clock));
    }
}
