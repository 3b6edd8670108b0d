package io.revalign.lead.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.revalign.common.concurrency.ETags;
import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.qualification.CosignedVersion;
import io.revalign.lead.domain.qualification.LifecycleMapContent;
import io.revalign.lead.domain.qualification.SignOffStatus;
import io.revalign.lead.domain.qualification.VersionKind;
import io.revalign.lead.service.LifecycleMaps;
import io.revalign.lead.service.SignOffService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.util.ArrayList;
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

/** Customer life-cycle maps: stages, allowed transitions and entry criteria, versioned and co-signed. */
@Path("/api/lifecycle/maps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Life-cycle maps",
        description = "The stages a lead moves through and the moves allowed, mapped together by marketing and sales")
// Most operations' roles; a method that differs names its own.
@RolesAllowed({Roles.MARKETING, Roles.MARKETING_LEADER, Roles.SALES, Roles.SALES_LEADER, Roles.REVOPS, Roles.ADMIN})
public class LifecycleMapResource {

    private final LifecycleMaps maps;
    private final SignOffService signOff;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public LifecycleMapResource(
            LifecycleMaps maps, SignOffService signOff, Idempotency idempotency, SecurityIdentity identity) {
        this.maps = maps;
        this.signOff = signOff;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @POST
    @Operation(
            operationId = "createLifecycleMap",
            summary = "Draft a new life-cycle map version",
            description = "Stages (LEAD and MQL required) with descriptions and entry criteria, and the transitions"
                    + " allowed (at least one into MQL). Takes effect only once both leaders sign and it is activated.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = MapRequest.class),
                            examples =
                                    @ExampleObject(name = "nurture track", value = QualificationExamples.MAP_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content =
                    @Content(
                            schema = @Schema(implementation = MapResponse.class),
                            examples = @ExampleObject(name = "draft", value = QualificationExamples.MAP)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid stages or transitions, each field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Valid @NotNull MapRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            SignOffService.VersionView view =
                    maps.create(body.name(), body.description(), body.toContent(), SignOffRecords.actor(identity));
            return new Idempotency.Created(
                    uri.getAbsolutePathBuilder()
                            .path(view.version().id.toString())
                            .build(),
                    response(view));
        });
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
    @Operation(operationId = "listLifecycleMaps", summary = "Life-cycle map versions, newest first")
    @APIResponse(
            responseCode = "200",
            description = "A page of maps",
            content =
                    @Content(
                            schema = @Schema(implementation = MapPage.class),
                            examples = @ExampleObject(name = "page", value = QualificationExamples.MAP_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit, status or cursor",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public MapPage list(
            @Parameter(description = "Only versions in this status") @QueryParam("status") SignOffStatus status,
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") @Size(max = 20)
                    String after) {
        SignOffRecords.VersionPage<MapResponse> page =
                SignOffRecords.page(signOff, VersionKind.LIFECYCLE_MAP, status, after, limit, this::response);
        return new MapPage(page.items(), page.next());
    }

    @GET
    @Path("/active")
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
            operationId = "getActiveLifecycleMap",
            summary = "The life-cycle map in force",
            description = "The ACTIVE version, or the standard map (id and version null) until one is activated.")
    @APIResponse(
            responseCode = "200",
            description = "The map in force",
            content = @Content(schema = @Schema(implementation = MapResponse.class)))
    public MapResponse active() {
        LifecycleMaps.InForce inForce = maps.inForce();
        if (inForce.version() == null) {
            LifecycleMapContent standard = inForce.content();
            return new MapResponse(
                    null,
                    null,
                    "Standard life cycle",
                    "The map in force until a signed one is activated",
                    SignOffStatus.ACTIVE,
                    0,
                    standard.stages(),
                    standard.transitions(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null);
        }
        return response(signOff.get(VersionKind.LIFECYCLE_MAP, inForce.version().id));
    }

    @GET
    @Path("/{id}")
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
    @Operation(operationId = "getLifecycleMap", summary = "Read a life-cycle map version")
    @APIResponse(
            responseCode = "200",
            description = "The map, with its ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = MapResponse.class),
                            examples = @ExampleObject(name = "draft", value = QualificationExamples.MAP)))
    @APIResponse(
            responseCode = "404",
            description = "No map with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return withETag(signOff.get(VersionKind.LIFECYCLE_MAP, id));
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateLifecycleMap",
            summary = "Edit a draft or a map in review",
            description = "Under If-Match; back to DRAFT with a new revision, approvals dropped. AGREED, ACTIVE and"
                    + " SUPERSEDED maps are frozen (409).")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = MapRequest.class),
                            examples =
                                    @ExampleObject(name = "nurture track", value = QualificationExamples.MAP_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The edited map",
            content = @Content(schema = @Schema(implementation = MapResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Frozen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read") @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull MapRequest body) {
        return withETag(maps.edit(
                id, ifMatch, body.name(), body.description(), body.toContent(), SignOffRecords.actor(identity)));
    }

    @POST
    @Path("/{id}/submissions")
    @Operation(operationId = "submitLifecycleMap", summary = "Submit a draft map for the two leaders' review")
    @APIResponse(
            responseCode = "200",
            description = "The map, IN_REVIEW",
            content = @Content(schema = @Schema(implementation = MapResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not a DRAFT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") UUID id, @Valid SignOffRecords.SignOffRequest body) {
        return withETag(signOff.submit(
                VersionKind.LIFECYCLE_MAP,
                id,
                SignOffRecords.actor(identity),
                SignOffRecords.SignOffRequest.comment(body)));
    }

    @POST
    @Path("/{id}/approvals")
    @RolesAllowed({Roles.MARKETING_LEADER, Roles.SALES_LEADER})
    @Operation(
            operationId = "approveLifecycleMap",
            summary = "Sign the map in review as a leader",
            description = "Both leaders' approvals of the same revision make it AGREED; one person signs once.")
    @APIResponse(
            responseCode = "200",
            description = "The map, IN_REVIEW or AGREED",
            content = @Content(schema = @Schema(implementation = MapResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not IN_REVIEW, or already signed by this person or role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(@PathParam("id") UUID id, @Valid SignOffRecords.SignOffRequest body) {
        return withETag(signOff.approve(
                VersionKind.LIFECYCLE_MAP,
                id,
                SignOffRecords.actor(identity),
                SignOffRecords.SignOffRequest.asRole(body),
                SignOffRecords.SignOffRequest.comment(body)));
    }

    @POST
    @Path("/{id}/rejections")
    @RolesAllowed({Roles.MARKETING_LEADER, Roles.SALES_LEADER})
    @Operation(operationId = "sendBackLifecycleMap", summary = "Send the map in review back to DRAFT")
    @APIResponse(
            responseCode = "200",
            description = "The map, DRAFT",
            content = @Content(schema = @Schema(implementation = MapResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not IN_REVIEW",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sendBack(@PathParam("id") UUID id, @Valid SignOffRecords.SignOffRequest body) {
        return withETag(signOff.sendBack(
                VersionKind.LIFECYCLE_MAP,
                id,
                SignOffRecords.actor(identity),
                SignOffRecords.SignOffRequest.comment(body)));
    }

    @POST
    @Path("/{id}/activation")
    @RolesAllowed({Roles.MARKETING_LEADER, Roles.SALES_LEADER, Roles.ADMIN})
    @Operation(
            operationId = "activateLifecycleMap",
            summary = "Put an AGREED map in force",
            description = "The one ACTIVE map from now on (the previous one SUPERSEDED); scoring moves leads to MQL"
                    + " through it.")
    @APIResponse(
            responseCode = "200",
            description = "The map, ACTIVE",
            content = @Content(schema = @Schema(implementation = MapResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not AGREED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response activate(@PathParam("id") UUID id) {
        return withETag(signOff.activate(VersionKind.LIFECYCLE_MAP, id, SignOffRecords.actor(identity)));
    }

    private Response withETag(SignOffService.VersionView view) {
        return Response.ok(response(view))
                .tag(ETags.entityTag(view.version().version))
                .build();
    }

    private MapResponse response(SignOffService.VersionView view) {
        CosignedVersion v = view.version();
        LifecycleMapContent content = maps.read(v);
        return new MapResponse(
                v.id,
                v.number,
                v.name,
                v.description,
                v.status,
                v.revision,
                content.stages(),
                content.transitions(),
                SignOffRecords.approvals(view),
                SignOffRecords.history(view),
                v.createdBy,
                v.createdAt,
                v.updatedAt,
                v.activatedAt);
    }

    /** A life-cycle map as drafted. */
    @Schema(name = "LifecycleMapRequest")
    record MapRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @NotNull @Size(max = 20) List<LifecycleMapContent.StageRule> stages,
            @NotNull @Size(max = 100) List<LifecycleMapContent.Transition> transitions) {

        LifecycleMapContent toContent() {
            List<Problem.FieldError> errors = new ArrayList<>();
            DefinitionRequest.nulls("stages", stages, errors);
            DefinitionRequest.nulls("transitions", transitions, errors);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return new LifecycleMapContent(stages, transitions);
        }
    }

    /** A life-cycle map version. */
    @Schema(name = "LifecycleMap")
    record MapResponse(
            @Schema(nullable = true) UUID id,
            @Schema(nullable = true) Integer version,
            String name,
            @Schema(nullable = true) String description,
            SignOffStatus status,
            long revision,
            List<LifecycleMapContent.StageRule> stages,
            List<LifecycleMapContent.Transition> transitions,
            List<SignOffRecords.ApprovalResponse> approvals,
            List<SignOffRecords.StepResponse> history,
            @Schema(nullable = true) String createdBy,
            @Schema(nullable = true) Instant createdAt,
            @Schema(nullable = true) Instant updatedAt,
            @Schema(nullable = true) Instant activatedAt) {}

    /** The page type as the contract names it. */
    @Schema(name = "LifecycleMapPage")
    record MapPage(List<MapResponse> items, @Schema(nullable = true) String next) {}
}
