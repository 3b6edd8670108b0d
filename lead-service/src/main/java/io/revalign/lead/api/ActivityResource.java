package io.revalign.lead.api;

import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.lead.service.ActivityService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A lead's engagement events: record one, read them newest first. */
@Path("/api/leads/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Engagement events on leads, counted by the engagement rules")
public class ActivityResource {

    private final ActivityService service;

    public ActivityResource(ActivityService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({
        Roles.MARKETING,
        Roles.MARKETING_LEADER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(
            operationId = "recordLeadActivity",
            summary = "Record an activity on a lead",
            description = "201 for a new activity; 200 with the activity already recorded when its externalEventId"
                    + " was sent before for this lead (the same event counts once).")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "demo request", value = Examples.ACTIVITY_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location is the lead's activity list",
            content =
                    @Content(
                            schema = @Schema(implementation = ActivityResponse.class),
                            examples = @ExampleObject(name = "recorded", value = Examples.ACTIVITY)))
    @APIResponse(
            responseCode = "200",
            description = "This external event was recorded before; nothing new was written",
            content =
                    @Content(
                            schema = @Schema(implementation = ActivityResponse.class),
                            examples = @ExampleObject(name = "known", value = Examples.ACTIVITY)))
    @APIResponse(
            responseCode = "404",
            description = "No lead with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_LEAD)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull ActivityRequest body, @Context UriInfo uri) {
        ActivityService.Recorded recorded = service.record(body.toCommand(id, null));
        Response.ResponseBuilder response =
                recorded.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.entity(ActivityResponse.from(recorded.activity())).build();
    }

    @GET
    @RolesAllowed({
        Roles.MARKETING,
        Roles.MARKETING_LEADER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.SELLER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(
            operationId = "listLeadActivities",
            summary = "A lead's activities, newest first",
            description = "Ordered by occurredAt, newest first; pass `next` as `after` for the next page.")
    @APIResponse(
            responseCode = "200",
            description = "A page of activities",
            content =
                    @Content(
                            schema = @Schema(implementation = ActivityPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.ACTIVITY_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit or cursor",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    @APIResponse(
            responseCode = "404",
            description = "No lead with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_LEAD)))
    public Page<ActivityResponse> list(
            @PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after) {
        return service.newestFirst(id, after, limit).map(ActivityResponse::from);
    }

    /** The page type as the contract names it. */
    @Schema(name = "ActivityPage")
    record ActivityPage(List<ActivityResponse> items, @Schema(nullable = true) String next) {}
}
