package io.revalign.governance.api;

import io.quarkus.security.Authenticated;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.governance.domain.DecisionPolicy;
import io.revalign.governance.service.PolicyService;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The decision-rights (RACI) policy: new versions, the one in force, each version, the list. */
@Path("/api/decision-rights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decision rights", description = "Who is Responsible, Accountable, Consulted and Informed per decision")
public class PolicyResource {

    private final PolicyService service;
    private final Idempotency idempotency;

    public PolicyResource(PolicyService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.REVOPS})
    @Operation(
            operationId = "createDecisionRightsPolicy",
            summary = "Write a new version of the decision-rights policy",
            description = "The new version is in force at once for new decision requests; open requests keep the "
                    + "version they were requested under. Not exactly one Accountable role in a cell, an unknown "
                    + "role, a repeated cell or a decision type not covered for every tool category is a 400.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "policy", value = Examples.POLICY_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is the version's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = PolicyResponse.class),
                            examples = @ExampleObject(name = "created", value = Examples.POLICY)))
    @APIResponse(
            responseCode = "400",
            description = "The cells break a rule of the policy",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "two accountable", value = Examples.INVALID_POLICY)))
    public Response create(
            @Valid @NotNull PolicyRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            DecisionPolicy created = service.create(body.note(), body.toCells());
            return new Idempotency.Created(
                    uri.getAbsolutePathBuilder()
                            .path(Integer.toString(created.version))
                            .build(),
                    PolicyResponse.from(created));
        });
    }

    @GET
    @Path("/current")
    @Authenticated
    @Operation(operationId = "getCurrentDecisionRightsPolicy", summary = "The decision-rights policy in force")
    @APIResponse(
            responseCode = "200",
            description = "The highest version",
            content =
                    @Content(
                            schema = @Schema(implementation = PolicyResponse.class),
                            examples = @ExampleObject(name = "policy", value = Examples.POLICY)))
    public PolicyResponse current() {
        return PolicyResponse.from(service.current());
    }

    @GET
    @Path("/{version}")
    @Authenticated
    @Operation(operationId = "getDecisionRightsPolicy", summary = "One version of the decision-rights policy")
    @APIResponse(
            responseCode = "200",
            description = "The version",
            content =
                    @Content(
                            schema = @Schema(implementation = PolicyResponse.class),
                            examples = @ExampleObject(name = "policy", value = Examples.POLICY)))
    @APIResponse(
            responseCode = "404",
            description = "No such version",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown version", value = Examples.UNKNOWN_POLICY)))
    public PolicyResponse get(@PathParam("version") @Min(1) @Max(Integer.MAX_VALUE) int version) {
        return PolicyResponse.from(service.byVersion(version));
    }

    @GET
    @Authenticated
    @Operation(
            operationId = "listDecisionRightsPolicies",
            summary = "List the versions of the decision-rights policy",
            description = "Oldest first, one page at a time; pass `next` as `after`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of versions",
            content =
                    @Content(
                            schema = @Schema(implementation = PolicyPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.POLICY_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit or cursor",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<PolicyResponse> list(
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after) {
        return service.list(after, limit).map(PolicyResponse::from);
    }

    /** The page type as the contract names it. */
    @Schema(name = "DecisionRightsPolicyPage")
    record PolicyPage(List<PolicyResponse> items, @Schema(nullable = true) String next) {}
}
