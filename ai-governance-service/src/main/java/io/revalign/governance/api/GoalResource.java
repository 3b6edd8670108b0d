package io.revalign.governance.api;

import io.revalign.common.concurrency.ETags;
import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.governance.domain.GoalFilter;
import io.revalign.governance.domain.StrategicGoal;
import io.revalign.governance.service.CreateGoal;
import io.revalign.governance.service.GoalService;
import io.revalign.governance.service.UpdateGoal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Strategic goals: record, update, read, list. */
@Path("/api/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals", description = "The strategic goals AI tools serve")
public class GoalResource {

    private final GoalService service;
    private final Idempotency idempotency;

    public GoalResource(GoalService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.SALES_LEADER, Roles.MARKETING_LEADER, Roles.REVOPS, Roles.ENABLEMENT, Roles.ADMIN})
    @Operation(operationId = "createGoal", summary = "Record a strategic goal")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "win rate", value = Examples.GOAL_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is the new goal's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = GoalResponse.class),
                            examples = @ExampleObject(name = "created", value = Examples.GOAL)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid or malformed goal",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid fields", value = Examples.INVALID_GOAL)))
    public Response create(
            @Valid @NotNull GoalRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            StrategicGoal created = service.create(
                    new CreateGoal(body.title(), body.metric(), body.target(), body.period(), body.ownerRole()));
            return new Idempotency.Created(
                    uri.getAbsolutePathBuilder().path(created.id.toString()).build(), GoalResponse.from(created));
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.SALES_LEADER,
        Roles.MARKETING_LEADER,
        Roles.REVOPS,
        Roles.IT,
        Roles.SECURITY,
        Roles.ENABLEMENT,
        Roles.ADMIN,
        Roles.SALES,
        Roles.LEGAL,
        Roles.INTEGRATION
    })
    @Operation(operationId = "getGoal", summary = "Read a strategic goal")
    @APIResponse(
            responseCode = "200",
            description = "The goal",
            content =
                    @Content(
                            schema = @Schema(implementation = GoalResponse.class),
                            examples = @ExampleObject(name = "goal", value = Examples.GOAL)))
    @APIResponse(
            responseCode = "404",
            description = "No goal with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_GOAL)))
    public Response get(@PathParam("id") UUID id) {
        StrategicGoal goal = service.get(id);
        return ETags.ok(GoalResponse.from(goal), goal.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_LEADER, Roles.MARKETING_LEADER, Roles.REVOPS, Roles.ENABLEMENT, Roles.ADMIN})
    @Operation(
            operationId = "updateGoal",
            summary = "Update a strategic goal",
            description = "Replaces the goal's title, metric, target, period and owner role. Needs If-Match with the"
                    + " ETag last read; the change is an audit entry (GOAL_UPDATED) with the goal before and after.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "new target", value = Examples.GOAL_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated goal with its new ETag",
            headers =
                    @Header(
                            name = ETags.HEADER,
                            description = "The goal's new version",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = GoalResponse.class),
                            examples = @ExampleObject(name = "updated", value = Examples.GOAL_UPDATED)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid or malformed goal",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid fields", value = Examples.INVALID_GOAL)))
    @APIResponse(
            responseCode = "404",
            description = "No goal with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_GOAL)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match is not the current ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull GoalRequest body) {
        StrategicGoal goal = service.update(
                id,
                ifMatch,
                new UpdateGoal(body.title(), body.metric(), body.target(), body.period(), body.ownerRole()));
        return ETags.ok(GoalResponse.from(goal), goal.version);
    }

    @GET
    @RolesAllowed({
        Roles.SALES_LEADER,
        Roles.MARKETING_LEADER,
        Roles.REVOPS,
        Roles.IT,
        Roles.SECURITY,
        Roles.ENABLEMENT,
        Roles.ADMIN,
        Roles.SALES,
        Roles.LEGAL,
        Roles.INTEGRATION
    })
    @Operation(
            operationId = "listGoals",
            summary = "List strategic goals",
            description = "Oldest first, one page at a time; pass `next` as `after`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of goals",
            content =
                    @Content(
                            schema = @Schema(implementation = GoalPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.GOAL_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit, cursor or filter",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<GoalResponse> list(
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Only goals owned by this role")
                    @QueryParam("ownerRole")
                    @Pattern(regexp = Roles.ONE_ROLE, message = "must be one of: " + Roles.ALL)
                    String ownerRole) {
        return service.list(new GoalFilter(ownerRole), after, limit).map(GoalResponse::from);
    }

    /** The page type as the contract names it. */
    @Schema(name = "GoalPage")
    record GoalPage(java.util.List<GoalResponse> items, @Schema(nullable = true) String next) {}
}
