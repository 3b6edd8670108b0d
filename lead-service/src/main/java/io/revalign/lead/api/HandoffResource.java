package io.revalign.lead.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.handoff.HandoffFilter;
import io.revalign.lead.domain.handoff.HandoffState;
import io.revalign.lead.service.Actor;
import io.revalign.lead.service.Handoffs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hand-offs of MQLs to sales: list, read, accept, reject, recycle, first touch, and sales' pull. */
@Path("/api/handoffs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hand-offs", description = "Sales' verdict on each MQL, and the first-touch SLA")
// Most operations' roles; a method that differs names its own.
@RolesAllowed({Roles.SALES, Roles.SALES_LEADER})
public class HandoffResource {

    private final Handoffs handoffs;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public HandoffResource(Handoffs handoffs, Idempotency idempotency, SecurityIdentity identity) {
        this.handoffs = handoffs;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @GET
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
            operationId = "listHandoffs",
            summary = "List hand-offs, oldest first",
            description = "Keyset pages in opening order. `state=OPEN&breached=true` lists the hand-offs whose first"
                    + " touch is overdue: the SLA breaches sales must act on.")
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content = @Content(examples = @ExampleObject(name = "open", value = HandoffExamples.PAGE)))
    public Page<HandoffResponse> list(
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(
                            description = "Only hand-offs in this state",
                            schema = @Schema(implementation = HandoffState.class))
                    @QueryParam("state")
                    String state,
            @Parameter(
                            description = "true: only those whose first touch came, or is still missing, after the"
                                    + " deadline; false: only those within it",
                            schema = @Schema(implementation = Boolean.class))
                    @QueryParam("breached")
                    String breached,
            @Parameter(description = "Only the hand-offs of this lead") @QueryParam("leadId") UUID leadId) {
        HandoffFilter filter = new HandoffFilter(
                EnumParam.parse(HandoffState.class, "state", state), bool("breached", breached), leadId);
        return handoffs.list(filter, after, limit).map(HandoffResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.MARKETING,
        Roles.MARKETING_LEADER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(operationId = "getHandoff", summary = "Read a hand-off")
    @APIResponse(
            responseCode = "200",
            description = "The hand-off",
            content =
                    @Content(
                            schema = @Schema(implementation = HandoffResponse.class),
                            examples = @ExampleObject(name = "open", value = HandoffExamples.HANDOFF)))
    @APIResponse(
            responseCode = "404",
            description = "No hand-off with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HandoffResponse get(@PathParam("id") UUID id) {
        return HandoffResponse.from(handoffs.get(id));
    }

    @POST
    @Operation(
            operationId = "pullLead",
            summary = "Pull a lead the definition did not qualify",
            description =
                    "Sales' \"yes\" to marketing's \"no\": a hand-off opens accepted at once, the lead moves to SAL"
                            + " (through MQL when the life-cycle map has no direct move) and counts in the alignment report as"
                            + " a disagreement. A lead the definition qualifies is accepted through its hand-off instead (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "pull", value = HandoffExamples.PULL_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Pulled; Location is the hand-off's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = HandoffResponse.class),
                            examples = @ExampleObject(name = "pulled", value = HandoffExamples.PULLED)))
    @APIResponse(
            responseCode = "400",
            description = "No such lead, or an invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The definition qualifies the lead, a hand-off is open, or the map allows no way to SAL",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pull(
            @Valid @NotNull HandoffRequests.Pull body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            HandoffResponse pulled = HandoffResponse.from(handoffs.pull(body.leadId(), body.comment(), actor()));
            return new Idempotency.Created(
                    uri.getAbsolutePathBuilder().path(pulled.id().toString()).build(), pulled);
        });
    }

    @POST
    @Path("/{id}/acceptance")
    @Operation(
            operationId = "acceptHandoff",
            summary = "Accept a hand-off",
            description = "The lead becomes SAL; sales' verdict ACCEPTED is recorded for backtests and"
                    + " handoff.accepted is announced. A hand-off is answered once: a second answer, even at the same"
                    + " moment, is a 409 (with Idempotency-Key, a retry of the same request replays the first answer).")
    @RequestBody(
            required = false,
            content = @Content(examples = @ExampleObject(name = "accept", value = HandoffExamples.ACCEPT_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Accepted",
            content =
                    @Content(
                            schema = @Schema(implementation = HandoffResponse.class),
                            examples = @ExampleObject(name = "accepted", value = HandoffExamples.ACCEPTED)))
    @APIResponse(
            responseCode = "404",
            description = "No hand-off with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already answered, or the life-cycle map does not allow MQL → SAL",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "answered", value = HandoffExamples.ALREADY_ANSWERED)))
    public Response accept(
            @PathParam("id") UUID id,
            @Valid HandoffRequests.Accept body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        String comment = body == null ? null : body.comment();
        return answer(idempotencyKey, uri, body, () -> handoffs.accept(id, comment, actor()));
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(
            operationId = "rejectHandoff",
            summary = "Reject a hand-off for a reason",
            description = "The reason comes from the managed list; the lead goes to the reason's target stage"
                    + " (RECYCLED or DISQUALIFIED, as the life-cycle map allows). Sales' verdict REJECTED is recorded"
                    + " for backtests and handoff.rejected is announced. Answered once, as acceptHandoff.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reject", value = HandoffExamples.REJECT_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Rejected",
            content =
                    @Content(
                            schema = @Schema(implementation = HandoffResponse.class),
                            examples = @ExampleObject(name = "rejected", value = HandoffExamples.REJECTED)))
    @APIResponse(
            responseCode = "400",
            description = "No reason, or one not on the list or retired",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown reason", value = HandoffExamples.UNKNOWN_REASON)))
    @APIResponse(
            responseCode = "404",
            description = "No hand-off with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already answered, or the map does not allow the reason's target stage",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "answered", value = HandoffExamples.ALREADY_ANSWERED)))
    public Response reject(
            @PathParam("id") UUID id,
            @Valid @NotNull HandoffRequests.Reject body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return answer(idempotencyKey, uri, body, () -> handoffs.reject(id, body.reasonCode(), body.comment(), actor()));
    }

    @POST
    @Path("/{id}/recycling")
    @Operation(
            operationId = "recycleHandoff",
            summary = "Send a hand-off back to marketing",
            description = "The lead becomes RECYCLED for marketing to nurture; the comment tells marketing why. Counts"
                    + " as sales' \"no\" (verdict REJECTED for backtests; handoff.rejected with state RECYCLED).")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "recycle", value = HandoffExamples.RECYCLE_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Recycled",
            content =
                    @Content(
                            schema = @Schema(implementation = HandoffResponse.class),
                            examples = @ExampleObject(name = "recycled", value = HandoffExamples.RECYCLED)))
    @APIResponse(
            responseCode = "400",
            description = "No comment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No hand-off with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already answered, or the map does not allow MQL → RECYCLED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recycle(
            @PathParam("id") UUID id,
            @Valid @NotNull HandoffRequests.Recycle body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return answer(idempotencyKey, uri, body, () -> handoffs.recycle(id, body.comment(), actor()));
    }

    @POST
    @Path("/{id}/first-touch")
    @Operation(
            operationId = "touchHandoff",
            summary = "Record sales' first touch of a hand-off",
            description = "A call or an email to the lead before deciding: the first-touch SLA is met if it comes by"
                    + " dueAt. Later touches keep the first. Answering a hand-off touches it too.")
    @APIResponse(
            responseCode = "200",
            description = "Touched",
            content = @Content(schema = @Schema(implementation = HandoffResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No hand-off with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already answered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HandoffResponse touch(@PathParam("id") UUID id) {
        return HandoffResponse.from(handoffs.touch(id));
    }

    private Response answer(String key, UriInfo uri, Object body, Supplier<Handoffs.Viewed> action) {
        Object request = body == null ? Map.of() : body;
        return idempotency.post(
                key, uri, request, () -> new Idempotency.Outcome(200, null, HandoffResponse.from(action.get())));
    }

    private Actor actor() {
        return SignOffRecords.actor(identity);
    }

    private static Boolean bool(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(field, "must be true or false");
        };
    }
}
