package io.revalign.skills.api;

import io.revalign.common.bulk.BulkReader;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.skills.domain.Assessment;
import io.revalign.skills.service.AssessmentService;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A seller's assessments: record one, list them. */
@Path("/api/sellers/{id}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Assessments",
        description = "Assessed levels per seller and skill, and the precedence that picks the one that counts")
public class SellerAssessmentResource {

    private final AssessmentService service;
    private final Idempotency idempotency;
    private final BulkReader reader;
    private final CurrentCaller caller;

    public SellerAssessmentResource(
            AssessmentService service, Idempotency idempotency, BulkReader reader, CurrentCaller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.reader = reader;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SELLER, Roles.SALES, Roles.SALES_LEADER, Roles.ENABLEMENT, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "recordAssessment",
            summary = "Record an assessed level of a seller",
            description = "Who may: the seller only SELF and only themselves (the token's subject is the seller's"
                    + " externalId or email); the seller's manager (subject = managerExternalId or that manager's"
                    + " email) MANAGER, for their own reports; an LMS (`integration`) COURSE or CERTIFICATION;"
                    + " `enablement` and `admin` anything; else 403. An inactive seller, an unknown or retired skill"
                    + " or a future time is a 400. The same seller, skill, source and time again is the same fact"
                    + " (201 with the existing one; another level 409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "manager", value = Examples.ASSESSMENT_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location is the assessment's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = AssessmentResponse.class),
                            examples = @ExampleObject(name = "assessment", value = Examples.ASSESSMENT)))
    @APIResponse(
            responseCode = "400",
            description = "Inactive seller, unknown or retired skill, level outside 0-4, future time",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "retired skill", value = Examples.RETIRED_SKILL_ASSESSED)))
    @APIResponse(
            responseCode = "403",
            description = "The caller may not assess this seller from this source",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not the manager", value = Examples.ASSESSMENT_FORBIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "No seller with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown seller", value = Examples.UNKNOWN_SELLER)))
    public Response record(
            @PathParam("id") UUID sellerId,
            @Valid @NotNull AssessmentRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            Assessment recorded = service.record(sellerId, body.toCommand(), caller.get());
            return new Idempotency.Created(
                    uri.getBaseUriBuilder()
                            .path("api/assessments")
                            .path(recorded.id.toString())
                            .build(),
                    AssessmentResponse.from(recorded, body.skillKey()));
        });
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
    @Operation(
            operationId = "listSellerAssessments",
            summary = "List a seller's assessments",
            description = "Every assessment, effective or not, in the order recorded; the seller, their manager and"
                    + " enablement roles may read them.")
    @APIResponse(
            responseCode = "200",
            description = "A page of assessments",
            content =
                    @Content(
                            schema = @Schema(implementation = AssessmentPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.ASSESSMENT_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit, cursor or skill key",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<AssessmentResponse> list(
            @PathParam("id") UUID sellerId,
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Only this skill") @QueryParam("skillKey") @Size(max = 64) String skillKey) {
        Page<Assessment> page = service.list(sellerId, skillKey, caller.get(), after, limit);
        Map<UUID, String> keys = service.skillKeys(page.items());
        return page.map(a -> AssessmentResponse.from(a, keys.get(a.skillId)));
    }

    /** The page type as the contract names it. */
    @Schema(name = "AssessmentPage")
    record AssessmentPage(List<AssessmentResponse> items, @Schema(nullable = true) String next) {}
}
