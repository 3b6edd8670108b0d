package io.revalign.skills.api;

import io.revalign.common.concurrency.ETags;
import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.skills.domain.Enrolment;
import io.revalign.skills.domain.LearningModule;
import io.revalign.skills.service.PlanService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
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

/** Enrolments: read one, report progress. */
@Path("/api/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Learning", description = "Learning modules, plans built from gaps, enrolments and their progress")
public class EnrolmentResource {

    private final PlanService service;
    private final CurrentCaller caller;
    private final Clock clock;

    public EnrolmentResource(PlanService service, CurrentCaller caller, Clock clock) {
        this.service = service;
        this.caller = caller;
        this.clock = clock;
    }

    static final String READERS_DOC = "The seller, their manager and enablement roles may read it.";

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.SELLER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.ENABLEMENT,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(operationId = "getEnrolment", summary = "Read an enrolment", description = READERS_DOC)
    @APIResponse(
            responseCode = "200",
            description = "The enrolment, with its ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = EnrolmentResponse.class),
                            examples = @ExampleObject(name = "enrolment", value = Examples.ENROLMENT)))
    @APIResponse(
            responseCode = "404",
            description = "No enrolment with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown", value = Examples.UNKNOWN_ENROLMENT)))
    public Response get(@PathParam("id") UUID id) {
        Enrolment enrolment = service.enrolment(id, caller.get());
        LearningModule module = service.modulesOf(List.of(enrolment)).get(enrolment.moduleId);
        return ETags.ok(EnrolmentResponse.from(enrolment, module, LocalDate.now(clock)), enrolment.version);
    }

    @PUT
    @Path("/{id}/progress")
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
            operationId = "reportEnrolmentProgress",
            summary = "Report progress on an enrolment",
            description = "Needs If-Match. Above 0 the enrolment is IN_PROGRESS; 100 COMPLETES it and proposes a"
                    + " COURSE assessment per skill the module raises (status PROPOSED), which counts once the seller's"
                    + " manager confirms it (decideProposedAssessment). A COMPLETED or WITHDRAWN enrolment: 409. The seller,"
                    + " their manager, enablement roles and an LMS integration may report.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "done", value = "{\"progress\": 100}")))
    @APIResponse(
            responseCode = "200",
            description = "The enrolment, with its new ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = EnrolmentResponse.class),
                            examples = @ExampleObject(name = "enrolment", value = Examples.ENROLMENT)))
    @APIResponse(
            responseCode = "404",
            description = "No enrolment with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown", value = Examples.UNKNOWN_ENROLMENT)))
    @APIResponse(
            responseCode = "409",
            description = "The enrolment is COMPLETED or WITHDRAWN",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "final", value = Examples.ENROLMENT_CLOSED)))
    public Response report(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull ProgressRequest body) {
        Enrolment enrolment = service.report(id, body.progress(), ifMatch, caller.get());
        LearningModule module = service.modulesOf(List.of(enrolment)).get(enrolment.moduleId);
        return ETags.ok(EnrolmentResponse.from(enrolment, module, LocalDate.now(clock)), enrolment.version);
    }

    static Page<EnrolmentResponse> page(Page<Enrolment> page, Map<UUID, LearningModule> modules, LocalDate today) {
        return page.map(e -> EnrolmentResponse.from(e, modules.get(e.moduleId), today));
    }
}
