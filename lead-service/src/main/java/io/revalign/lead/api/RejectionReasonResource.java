package io.revalign.lead.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.revalign.common.concurrency.ETags;
import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.handoff.RejectionReason;
import io.revalign.lead.service.HandoffSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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

/** The managed list of reasons sales rejects hand-offs with. */
@Path("/api/handoffs/rejection-reasons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hand-offs")
public class RejectionReasonResource {

    private final HandoffSettings settings;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public RejectionReasonResource(HandoffSettings settings, Idempotency idempotency, SecurityIdentity identity) {
        this.settings = settings;
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
            operationId = "listRejectionReasons",
            summary = "The managed list of rejection reasons",
            description = "Active reasons first. Each names the stage a rejection for it sends the lead to.")
    @APIResponse(
            responseCode = "200",
            description = "The reasons",
            content = @Content(examples = @ExampleObject(name = "reasons", value = HandoffExamples.REASONS)))
    public List<ReasonResponse> reasons() {
        return settings.reasons().stream().map(ReasonResponse::from).toList();
    }

    @POST
    @RolesAllowed({Roles.SALES_LEADER, Roles.REVOPS, Roles.ADMIN})
    @Operation(operationId = "addRejectionReason", summary = "Add a reason to the managed list")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "new reason", value = HandoffExamples.REASON_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Added; Location is the reason's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = ReasonResponse.class),
                            examples = @ExampleObject(name = "added", value = HandoffExamples.REASON)))
    @APIResponse(
            responseCode = "400",
            description = "A code not UPPER_SNAKE, no label, or a target stage other than RECYCLED or DISQUALIFIED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addReason(
            @Valid @NotNull HandoffRequests.NewReason body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            RejectionReason added =
                    settings.addReason(body.code(), body.label(), body.targetStage(), SignOffRecords.actor(identity));
            return new Idempotency.Created(
                    uri.getAbsolutePathBuilder().path(added.code).build(), ReasonResponse.from(added));
        });
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.SALES_LEADER, Roles.REVOPS, Roles.ADMIN})
    @Operation(
            operationId = "updateRejectionReason",
            summary = "Rename, re-target, retire or restore a reason",
            description = "A retired reason (active false) takes no new rejections; past hand-offs keep it. Needs"
                    + " If-Match with the ETag of the reason as last read.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "retire", value = HandoffExamples.REASON_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "The reason as changed",
            headers = @Header(name = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReasonResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No reason with this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "The reason changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "No If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateReason(
            @PathParam("code") String code,
            @Parameter(description = "The ETag of the reason as last read") @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull HandoffRequests.ReasonUpdate body) {
        RejectionReason changed = settings.changeReason(code, ifMatch, body.label(), body.targetStage(), body.active());
        return ETags.ok(ReasonResponse.from(changed), changed.version);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({
        Roles.MARKETING,
        Roles.MARKETING_LEADER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(operationId = "getRejectionReason", summary = "Read a reason (with its ETag)")
    @APIResponse(
            responseCode = "200",
            description = "The reason",
            headers = @Header(name = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = ReasonResponse.class),
                            examples = @ExampleObject(name = "reason", value = HandoffExamples.REASON)))
    @APIResponse(
            responseCode = "404",
            description = "No reason with this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reason(@PathParam("code") String code) {
        RejectionReason reason = settings.reason(code);
        return ETags.ok(ReasonResponse.from(reason), reason.version);
    }

    /** A rejection reason as the API shows it. */
    @Schema(name = "RejectionReason")
    record ReasonResponse(String code, String label, LifecycleStage targetStage, boolean active) {

        static ReasonResponse from(RejectionReason r) {
            return new ReasonResponse(r.code, r.label, r.targetStage, r.active);
        }
    }
}
