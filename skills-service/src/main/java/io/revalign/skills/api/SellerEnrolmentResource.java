package io.revalign.skills.api;

import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.skills.domain.Enrolment;
import io.revalign.skills.service.PlanService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A seller's enrolments. */
@Path("/api/sellers/{id}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning", description = "Learning modules, plans built from gaps, enrolments and their progress")
public class SellerEnrolmentResource {

    private final PlanService service;
    private final CurrentCaller caller;
    private final Clock clock;

    public SellerEnrolmentResource(PlanService service, CurrentCaller caller, Clock clock) {
        this.service = service;
        this.caller = caller;
        this.clock = clock;
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
            operationId = "listSellerEnrolments",
            summary = "List a seller's enrolments",
            description = "Oldest first; open enrolments past their due date show as OVERDUE. "
                    + EnrolmentResource.READERS_DOC)
    @APIResponse(
            responseCode = "200",
            description = "A page of enrolments",
            content =
                    @Content(
                            schema = @Schema(implementation = EnrolmentPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.ENROLMENT_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit or cursor",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<EnrolmentResponse> list(
            @PathParam("id") UUID sellerId,
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after) {
        Page<Enrolment> page = service.enrolments(sellerId, caller.get(), after, limit);
        return EnrolmentResource.page(page, service.modulesOf(page.items()), LocalDate.now(clock));
    }

    /** The page type as the contract names it. */
    @Schema(name = "EnrolmentPage")
    record EnrolmentPage(List<EnrolmentResponse> items, @Schema(nullable = true) String next) {}
}
