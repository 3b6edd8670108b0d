package io.revalign.skills.api;

import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.skills.service.PlanService;
import io.revalign.skills.service.PlanView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Building a seller's reskilling plan from their gaps. */
@Path("/api/sellers/{id}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Learning", description = "Learning modules, plans built from gaps, enrolments and their progress")
public class PlanResource {

    private final PlanService service;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;

    public PlanResource(PlanService service, Idempotency idempotency, CurrentCaller caller, Clock clock) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({
        Roles.SELLER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.ENABLEMENT,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(
            operationId = "buildPlan",
            summary = "Build a seller's reskilling plan from their gaps",
            description = "Largest gaps on required skills first; for each, the module with the fewest hours that"
                    + " reaches the required level; scheduled at hoursPerWeek from startOn, due before the profile's"
                    + " target date (`late` when it cannot be). Gaps no module covers are listed in `uncovered`. Each"
                    + " step is an enrolment; the seller's earlier plan is superseded (open enrolments in the same"
                    + " module carry over with their progress, the others are WITHDRAWN). 409 when the role has no"
                    + " profile; the seller, their manager and enablement roles may build it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "4 hours a week", value = Examples.PLAN_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Built; Location is the plan's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanResponse.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(
            responseCode = "409",
            description = "The seller's role has no profile",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "no profile", value = Examples.NO_PROFILE)))
    @APIResponse(
            responseCode = "404",
            description = "No seller with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown seller", value = Examples.UNKNOWN_SELLER)))
    public Response build(
            @PathParam("id") UUID sellerId,
            @Valid PlanRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        PlanRequest request = body == null ? new PlanRequest(null, null) : body;
        return idempotency.create(idempotencyKey, uri, request, () -> {
            PlanView plan = service.build(
                    sellerId,
                    request.startOn(),
                    request.hoursPerWeek() == null ? 4 : request.hoursPerWeek(),
                    caller.get());
            return new Idempotency.Created(
                    uri.getBaseUriBuilder()
                            .path("api/plans")
                            .path(plan.plan().id.toString())
                            .build(),
                    PlanResponse.from(plan, LocalDate.now(clock)));
        });
    }
}
