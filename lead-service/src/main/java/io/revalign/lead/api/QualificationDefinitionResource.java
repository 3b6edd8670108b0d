package io.revalign.lead.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.revalign.common.concurrency.ETags;
import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.domain.qualification.BacktestSegment;
import io.revalign.lead.domain.qualification.QualificationJob;
import io.revalign.lead.domain.qualification.SignOffStatus;
import io.revalign.lead.domain.qualification.VersionKind;
import io.revalign.lead.service.QualificationDefinitions;
import io.revalign.lead.service.QualificationJobs;
import io.revalign.lead.service.SignOffService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.net.URI;
import java.time.Instant;
import java.util.List;
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

/** Qualification definitions: draft, edit, submit, co-sign, activate (re-scoring every lead) and backtest. */
@Path("/api/qualification/definitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Qualification definitions",
        description =
                "One versioned definition of a qualified lead that a marketing leader and a sales leader both sign")
// Most operations' roles; a method that differs names its own.
@RolesAllowed({Roles.MARKETING, Roles.MARKETING_LEADER, Roles.ADMIN})
public class QualificationDefinitionResource {

    private final QualificationDefinitions definitions;
    private final SignOffService signOff;
    private final QualificationJobs jobs;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public QualificationDefinitionResource(
            QualificationDefinitions definitions,
            SignOffService signOff,
            QualificationJobs jobs,
            Idempotency idempotency,
            SecurityIdentity identity) {
        this.definitions = definitions;
        this.signOff = signOff;
        this.jobs = jobs;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @POST
    @Operation(
            operationId = "createQualificationDefinition",
            summary = "Draft a new definition version",
            description =
                    "A new version in DRAFT, numbered after the last one. Bad rules (unknown attribute or activity"
                            + " type, negative half-life, no rules, threshold outside 1-100) are a 400 naming each field.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = DefinitionRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "fit, intent and a budget gate",
                                            value = QualificationExamples.DEFINITION_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Drafted; Location is its URL",
            content =
                    @Content(
                            schema = @Schema(implementation = DefinitionResponse.class),
                            examples = @ExampleObject(name = "draft", value = QualificationExamples.DEFINITION)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid rules, each field named",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "invalid rules",
                                            value = QualificationExamples.INVALID_DEFINITION)))
    public Response create(
            @Valid @NotNull DefinitionRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            SignOffService.VersionView view =
                    definitions.create(body.name(), body.description(), body.toRules(), SignOffRecords.actor(identity));
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
    @Operation(
            operationId = "listQualificationDefinitions",
            summary = "Definition versions, newest first",
            description =
                    "Filter by `status` (e.g. ACTIVE for the one in force); pass `next` as `after` for the next page.")
    @APIResponse(
            responseCode = "200",
            description = "A page of definitions",
            content =
                    @Content(
                            schema = @Schema(implementation = DefinitionPage.class),
                            examples = @ExampleObject(name = "page", value = QualificationExamples.DEFINITION_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit, status or cursor",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public DefinitionPage list(
            @Parameter(description = "Only versions in this status") @QueryParam("status") SignOffStatus status,
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") @Size(max = 20)
                    String after) {
        SignOffRecords.VersionPage<DefinitionResponse> page =
                SignOffRecords.page(signOff, VersionKind.DEFINITION, status, after, limit, this::response);
        return new DefinitionPage(page.items(), page.next());
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
    @Operation(
            operationId = "getQualificationDefinition",
            summary = "Read a definition version",
            description =
                    "With the approvals of its current revision and every step so far. The ETag is what PUT needs.")
    @APIResponse(
            responseCode = "200",
            description = "The definition",
            headers =
                    @Header(
                            name = ETags.HEADER,
                            description = "For If-Match",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = DefinitionResponse.class),
                            examples = @ExampleObject(name = "agreed", value = QualificationExamples.DEFINITION)))
    @APIResponse(
            responseCode = "404",
            description = "No definition with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return withETag(Response.ok(), signOff.get(VersionKind.DEFINITION, id));
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateQualificationDefinition",
            summary = "Edit a draft or a version in review",
            description = "Replaces name, rules and threshold under If-Match. The version goes back to DRAFT with a new"
                    + " revision, so approvals given so far stop counting. AGREED, ACTIVE and SUPERSEDED versions are"
                    + " frozen (409): draft a new version instead.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = DefinitionRequest.class),
                            examples =
                                    @ExampleObject(name = "rules", value = QualificationExamples.DEFINITION_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The edited definition, in DRAFT, with its new ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = DefinitionResponse.class),
                            examples = @ExampleObject(name = "draft", value = QualificationExamples.DEFINITION)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid rules",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "invalid rules",
                                            value = QualificationExamples.INVALID_DEFINITION)))
    @APIResponse(
            responseCode = "409",
            description = "The version is AGREED, ACTIVE or SUPERSEDED",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "frozen", value = QualificationExamples.FROZEN)))
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull DefinitionRequest body) {
        return withETag(
                Response.ok(),
                definitions.edit(
                        id, ifMatch, body.name(), body.description(), body.toRules(), SignOffRecords.actor(identity)));
    }

    @POST
    @Path("/{id}/submissions")
    @Operation(
            operationId = "submitQualificationDefinition",
            summary = "Submit a draft for the two leaders' review",
            description = "DRAFT → IN_REVIEW; anything else is a 409.")
    @RequestBody(
            content =
                    @Content(
                            examples = @ExampleObject(name = "comment", value = "{\"comment\": \"ready for review\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The definition, IN_REVIEW",
            content = @Content(schema = @Schema(implementation = DefinitionResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not a DRAFT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") UUID id, @Valid SignOffRecords.SignOffRequest body) {
        return withETag(
                Response.ok(),
                signOff.submit(
                        VersionKind.DEFINITION,
                        id,
                        SignOffRecords.actor(identity),
                        SignOffRecords.SignOffRequest.comment(body)));
    }

    @POST
    @Path("/{id}/approvals")
    @RolesAllowed({Roles.MARKETING_LEADER, Roles.SALES_LEADER})
    @Operation(
            operationId = "approveQualificationDefinition",
            summary = "Sign the version in review as a leader",
            description = "A marketing-leader's and a sales-leader's approvals of the same revision make it AGREED."
                    + " One person signs once, even holding both roles; a second approval in the same role is a 409.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "approval", value = QualificationExamples.SIGN_OFF)))
    @APIResponse(
            responseCode = "200",
            description = "The definition, IN_REVIEW (one approval) or AGREED (both)",
            content =
                    @Content(
                            schema = @Schema(implementation = DefinitionResponse.class),
                            examples = @ExampleObject(name = "agreed", value = QualificationExamples.DEFINITION)))
    @APIResponse(
            responseCode = "403",
            description = "Not a leader, or signing as a role not held",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(name = "not a leader", value = QualificationExamples.NOT_A_LEADER)))
    @APIResponse(
            responseCode = "409",
            description = "Not IN_REVIEW, already signed by this person, or this role already signed",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "twice", value = QualificationExamples.SIGN_TWICE)))
    public Response approve(@PathParam("id") UUID id, @Valid SignOffRecords.SignOffRequest body) {
        return withETag(
                Response.ok(),
                signOff.approve(
                        VersionKind.DEFINITION,
                        id,
                        SignOffRecords.actor(identity),
                        SignOffRecords.SignOffRequest.asRole(body),
                        SignOffRecords.SignOffRequest.comment(body)));
    }

    @POST
    @Path("/{id}/rejections")
    @RolesAllowed({Roles.MARKETING_LEADER, Roles.SALES_LEADER})
    @Operation(
            operationId = "sendBackQualificationDefinition",
            summary = "Send the version in review back to DRAFT",
            description = "A leader requests changes; the comment says which. IN_REVIEW → DRAFT.")
    @RequestBody(
            content =
                    @Content(
                            examples = @ExampleObject(name = "changes", value = "{\"comment\": \"gate on need too\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The definition, DRAFT",
            content = @Content(schema = @Schema(implementation = DefinitionResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not IN_REVIEW",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sendBack(@PathParam("id") UUID id, @Valid SignOffRecords.SignOffRequest body) {
        return withETag(
                Response.ok(),
                signOff.sendBack(
                        VersionKind.DEFINITION,
                        id,
                        SignOffRecords.actor(identity),
                        SignOffRecords.SignOffRequest.comment(body)));
    }

    @POST
    @Path("/{id}/activation")
    @RolesAllowed({Roles.MARKETING_LEADER, Roles.SALES_LEADER, Roles.ADMIN})
    @Operation(
            operationId = "activateQualificationDefinition",
            summary = "Put an AGREED version in force",
            description = "It becomes the one ACTIVE version (the previous one SUPERSEDED), even under concurrent"
                    + " activations, and a job re-scores every lead: follow Location for its progress.")
    @APIResponse(
            responseCode = "202",
            description = "Active; the re-scoring job runs in the background",
            headers = @Header(name = "Location", description = "The job", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = Activation.class),
                            examples = @ExampleObject(name = "activated", value = QualificationExamples.ACTIVATED)))
    @APIResponse(
            responseCode = "409",
            description = "Not AGREED (needs both leaders' approval) or already ACTIVE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response activate(@PathParam("id") UUID id, @Context UriInfo uri) {
        QualificationDefinitions.Activated activated = definitions.activate(id, SignOffRecords.actor(identity));
        URI job = uri.getBaseUriBuilder()
                .path("api/qualification/jobs")
                .path(activated.job().id.toString())
                .build();
        return Response.accepted(new Activation(
                        response(activated.definition()), JobResponse.from(jobs.get(activated.job().id), null)))
                .location(job)
                .build();
    }

    @POST
    @Path("/{id}/backtest")
    @RolesAllowed({Roles.MARKETING, Roles.MARKETING_LEADER, Roles.SALES, Roles.SALES_LEADER, Roles.REVOPS, Roles.ADMIN})
    @Operation(
            operationId = "backtestQualificationDefinition",
            summary = "Run a definition over leads with known outcomes, beside the active one",
            description = "A job over the leads whose outcome is recorded (optionally one segment): for this"
                    + " definition and the active one, MQL volume, sales acceptance rate, win rate, and precision and"
                    + " recall against won deals. Any version can be backtested, drafts included.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = BacktestRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "one segment",
                                            value = QualificationExamples.BACKTEST_REQUEST)))
    @APIResponse(
            responseCode = "202",
            description = "Started; Location is the job, whose `backtest` holds the figures when SUCCEEDED",
            content =
                    @Content(
                            schema = @Schema(implementation = JobResponse.class),
                            examples = @ExampleObject(name = "done", value = QualificationExamples.BACKTEST_JOB)))
    @APIResponse(
            responseCode = "404",
            description = "No definition with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response backtest(@PathParam("id") UUID id, @Valid BacktestRequest body, @Context UriInfo uri) {
        BacktestRequest request = body == null ? new BacktestRequest(null, null, null, null) : body;
        QualificationJob job = jobs.startBacktest(id, request.toSegment(), SignOffRecords.actor(identity));
        QualificationJobs.JobView view = jobs.get(job.id);
        return Response.accepted(
                        JobResponse.from(view, jobs.backtestResult(view.job()).orElse(null)))
                .location(uri.getBaseUriBuilder()
                        .path("api/qualification/jobs")
                        .path(job.id.toString())
                        .build())
                .build();
    }

    private Response withETag(Response.ResponseBuilder builder, SignOffService.VersionView view) {
        return builder.entity(response(view))
                .tag(ETags.entityTag(view.version().version))
                .build();
    }

    private DefinitionResponse response(SignOffService.VersionView view) {
        return DefinitionResponse.from(view, definitions.rules(view.version()));
    }

    /** Which leads with known outcomes a backtest covers; members left out do not filter. */
    @Schema(name = "BacktestRequest")
    record BacktestRequest(
            @Size(max = 100) @Schema(examples = "Logistics") String industry,
            LeadSource source,
            @Schema(description = "Leads created at or after") Instant createdFrom,
            @Schema(description = "Leads created before") Instant createdTo) {

        BacktestSegment toSegment() {
            if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
                throw io.revalign.common.problem.ProblemException.invalid("createdTo", "must be after createdFrom");
            }
            return new BacktestSegment(industry, source == null ? null : source.name(), createdFrom, createdTo);
        }
    }

    /** The activated definition and its re-scoring job. */
    @Schema(name = "QualificationActivation")
    record Activation(DefinitionResponse definition, JobResponse job) {}

    /** The page type as the contract names it. */
    @Schema(name = "QualificationDefinitionPage")
    record DefinitionPage(List<DefinitionResponse> items, @Schema(nullable = true) String next) {}
}
