package io.revalign.governance.api;

import io.quarkus.security.Authenticated;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.governance.domain.DecisionFilter;
import io.revalign.governance.domain.DecisionStatus;
import io.revalign.governance.domain.DecisionType;
import io.revalign.governance.service.Decide;
import io.revalign.governance.service.DecisionService;
import io.revalign.governance.service.DecisionView;
import io.revalign.governance.service.GiveInput;
import io.revalign.governance.service.RequestDecision;
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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
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

/**
 * Decisions about AI tools: request, give input, decide, read, list. Any signed-in role may call;
 * who may do what comes from the decision-rights policy, checked in the service.
 */
@Path("/api/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Decisions", description = "Decisions about AI tools under the decision-rights policy")
public class DecisionResource {

    private final DecisionService service;
    private final Idempotency idempotency;

    public DecisionResource(DecisionService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(
            operationId = "requestDecision",
            summary = "Request a decision about an AI tool",
            description = "Snapshots the RACI cell of the policy version in force for the decision type and the "
                    + "tool's category. The caller must hold its Responsible or Accountable role (403). The tool must "
                    + "be in a status the decision applies to (SELECT_TOOL: PROPOSED or REJECTED; APPROVE_PILOT: "
                    + "PROPOSED or EVALUATING; APPROVE_ROLLOUT: EVALUATING or PILOT; RETIRE_TOOL: EVALUATING, PILOT or "
                    + "APPROVED) and have no open request (409). A `consultation.requested` webhook event names the "
                    + "Consulted roles (docs/integrations.md).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "select", value = Examples.DECISION_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Requested; Location is the decision's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = DecisionResponse.class),
                            examples = @ExampleObject(name = "open", value = Examples.DECISION_OPEN)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, an unknown tool or unknown goals",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller holds neither the Responsible nor the Accountable role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The tool's status does not allow this decision, or it has an open request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "wrong status", value = Examples.WRONG_STATUS)))
    public jakarta.ws.rs.core.Response request(
            @Valid @NotNull DecisionRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            DecisionView view = service.request(new RequestDecision(
                    body.toolId(),
                    body.decisionType(),
                    body.businessCase(),
                    body.goalIds(),
                    body.scores(),
                    body.sellerRoles(),
                    body.requiredLevel()));
            return new Idempotency.Created(
                    uri.getAbsolutePathBuilder()
                            .path(view.decision().id.toString())
                            .build(),
                    DecisionResponse.from(view));
        });
    }

    @POST
    @Path("/{id}/inputs")
    @Operation(
            operationId = "giveDecisionInput",
            summary = "Give a Consulted role's input",
            description = "The caller must hold `role` and it must be Consulted in this decision (403 otherwise, "
                    + "naming the roles that are). Each role gives input once, before the decision (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "concerns", value = Examples.INPUT_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location is the decision's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = DecisionResponse.class),
                            examples = @ExampleObject(name = "decision", value = Examples.DECISION_OPEN)))
    @APIResponse(
            responseCode = "403",
            description = "The role is not Consulted, or the caller does not hold it",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "informed role", value = Examples.NOT_CONSULTED)))
    @APIResponse(
            responseCode = "404",
            description = "No decision with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_DECISION)))
    @APIResponse(
            responseCode = "409",
            description = "Already decided (too late) or this role already gave input",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "too late", value = Examples.ALREADY_DECIDED)))
    public jakarta.ws.rs.core.Response giveInput(
            @PathParam("id") UUID id,
            @Valid @NotNull InputRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(
                idempotencyKey,
                uri,
                body,
                () -> new Idempotency.Created(
                        decisionUri(uri, id),
                        DecisionResponse.from(
                                service.giveInput(id, new GiveInput(body.role(), body.stance(), body.comment())))));
    }

    @POST
    @Path("/{id}/outcome")
    @Operation(
            operationId = "decide",
            summary = "Decide (the Accountable role only)",
            description = "Only a holder of the decision's Accountable role decides (403 naming it), once (409), and "
                    + "only after every Consulted input or with an `overrideReason` (409 naming the missing roles). "
                    + "Of concurrent decisions exactly one is made. The tool's status moves (SELECT_TOOL → EVALUATING, "
                    + "APPROVE_PILOT → PILOT, APPROVE_ROLLOUT → APPROVED, RETIRE_TOOL → RETIRED; a rejection of the "
                    + "first three → REJECTED); `decision.made` (naming the Informed roles) and `tool.status_changed` "
                    + "webhook events follow (docs/integrations.md). A "
                    + "PROHIBITED tool cannot be approved (409). When the policy cell of a pilot or rollout sets a "
                    + "readinessThreshold, approval asks skills-service for the affected sellers' readiness on the "
                    + "tool's skills and is refused (409 naming the threshold and the measured readiness) below it or "
                    + "when it cannot be measured.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "approve", value = Examples.OUTCOME_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Decided; Location is the decision's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = DecisionResponse.class),
                            examples = @ExampleObject(name = "decided", value = Examples.DECISION_DECIDED)))
    @APIResponse(
            responseCode = "403",
            description = "The caller does not hold the Accountable role",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "consulted role", value = Examples.NOT_ACCOUNTABLE)))
    @APIResponse(
            responseCode = "404",
            description = "No decision with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_DECISION)))
    @APIResponse(
            responseCode = "409",
            description = "Already decided, inputs missing without an override reason, the tool moved on, or the"
                    + " readiness the policy requires is not reached or cannot be measured",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "inputs missing", value = Examples.INPUTS_MISSING),
                                @ExampleObject(
                                        name = "readiness below the threshold",
                                        value = Examples.READINESS_BELOW_THRESHOLD),
                                @ExampleObject(name = "readiness unavailable", value = Examples.READINESS_UNAVAILABLE)
                            }))
    public jakarta.ws.rs.core.Response decide(
            @PathParam("id") UUID id,
            @Valid @NotNull OutcomeRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(
                idempotencyKey,
                uri,
                body,
                () -> new Idempotency.Created(
                        decisionUri(uri, id),
                        DecisionResponse.from(service.decide(
                                id, new Decide(body.outcome(), body.rationale(), body.overrideReason())))));
    }

    @GET
    @Path("/{id}/readiness")
    @Operation(
            operationId = "getDecisionReadiness",
            summary = "How ready the affected sellers are for a pilot or rollout",
            description = "For an APPROVE_PILOT or APPROVE_ROLLOUT request: per team, how many active sellers of the"
                    + " request's sellerRoles reach requiredLevel on every skill of the tool, asked of skills-service"
                    + " now (at most 2 s). When skills-service cannot be asked, `available` is false and"
                    + " `unavailableReason` says why; the figure is never guessed. With a readinessThreshold in the"
                    + " policy cell, approval is refused below it and while the figure is unavailable.")
    @APIResponse(
            responseCode = "200",
            description = "The figures, or the reason they are unavailable",
            content =
                    @Content(
                            schema = @Schema(implementation = DecisionReadinessResponse.class),
                            examples = {
                                @ExampleObject(name = "below the threshold", value = Examples.DECISION_READINESS),
                                @ExampleObject(name = "unavailable", value = Examples.DECISION_READINESS_UNAVAILABLE)
                            }))
    @APIResponse(
            responseCode = "404",
            description = "No decision with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_DECISION)))
    @APIResponse(
            responseCode = "409",
            description = "Not a pilot or rollout request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DecisionReadinessResponse readiness(@PathParam("id") UUID id) {
        return DecisionReadinessResponse.from(service.readiness(id));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDecision", summary = "Read a decision with its inputs")
    @APIResponse(
            responseCode = "200",
            description = "The decision",
            content =
                    @Content(
                            schema = @Schema(implementation = DecisionResponse.class),
                            examples = @ExampleObject(name = "decided", value = Examples.DECISION_DECIDED)))
    @APIResponse(
            responseCode = "404",
            description = "No decision with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_DECISION)))
    public DecisionResponse get(@PathParam("id") UUID id) {
        return DecisionResponse.from(service.get(id));
    }

    @GET
    @Operation(
            operationId = "listDecisions",
            summary = "List decisions",
            description = "Oldest request first, one page at a time; pass `next` as `after`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of decisions",
            content =
                    @Content(
                            schema = @Schema(implementation = DecisionPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.DECISION_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit, cursor or filter",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<DecisionResponse> list(
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Only decisions about this tool") @QueryParam("toolId") UUID toolId,
            @Parameter(
                            description = "Only decisions in this status",
                            schema = @Schema(implementation = DecisionStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Only decisions of this type",
                            schema = @Schema(implementation = DecisionType.class))
                    @QueryParam("decisionType")
                    String decisionType) {
        DecisionFilter filter = new DecisionFilter(
                toolId,
                EnumParam.parse(DecisionStatus.class, "status", status),
                EnumParam.parse(DecisionType.class, "decisionType", decisionType));
        return service.list(filter, after, limit).map(DecisionResponse::from);
    }

    private static URI decisionUri(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/decisions").path(id.toString()).build();
    }

    /** The page type as the contract names it. */
    @Schema(name = "DecisionPage")
    record DecisionPage(List<DecisionResponse> items, @Schema(nullable = true) String next) {}
}
