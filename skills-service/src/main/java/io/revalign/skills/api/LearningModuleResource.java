package io.revalign.skills.api;

import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.skills.service.LearningService;
import io.revalign.skills.service.ModuleView;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The learning catalogue. */
@Path("/api/learning/modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Learning", description = "Learning modules, plans built from gaps, enrolments and their progress")
public class LearningModuleResource {

    private final LearningService service;
    private final Idempotency idempotency;

    public LearningModuleResource(LearningService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ENABLEMENT, Roles.ADMIN})
    @Operation(
            operationId = "createLearningModule",
            summary = "Add a learning module",
            description = "Title, provider, URL, hours and the skills it raises with the level reached. Every skill key"
                    + " must name a skill in use, once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "course", value = Examples.MODULE_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is the module's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = ModuleResponse.class),
                            examples = @ExampleObject(name = "module", value = Examples.MODULE)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown or retired skill, level outside 1-4, hours outside 1-1000, bad URL",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "bad url", value = Examples.INVALID_MODULE)))
    public Response create(
            @Valid @NotNull ModuleRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            ModuleView created = service.create(body.toCommand());
            return new Idempotency.Created(
                    uri.getAbsolutePathBuilder()
                            .path(created.module().id.toString())
                            .build(),
                    ModuleResponse.from(created));
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.ENABLEMENT,
        Roles.SALES_LEADER,
        Roles.SALES,
        Roles.SELLER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(operationId = "getLearningModule", summary = "Read a learning module")
    @APIResponse(
            responseCode = "200",
            description = "The module",
            content =
                    @Content(
                            schema = @Schema(implementation = ModuleResponse.class),
                            examples = @ExampleObject(name = "module", value = Examples.MODULE)))
    @APIResponse(
            responseCode = "404",
            description = "No module with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_MODULE)))
    public ModuleResponse get(@PathParam("id") UUID id) {
        return ModuleResponse.from(service.get(id));
    }

    @GET
    @RolesAllowed({
        Roles.ENABLEMENT,
        Roles.SALES_LEADER,
        Roles.SALES,
        Roles.SELLER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(operationId = "listLearningModules", summary = "List learning modules", description = "Oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of modules",
            content =
                    @Content(
                            schema = @Schema(implementation = ModulePage.class),
                            examples = @ExampleObject(name = "page", value = Examples.MODULE_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit or cursor",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<ModuleResponse> list(
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after) {
        return service.list(after, limit).map(ModuleResponse::from);
    }

    /** The page type as the contract names it. */
    @Schema(name = "LearningModulePage")
    record ModulePage(List<ModuleResponse> items, @Schema(nullable = true) String next) {}
}
