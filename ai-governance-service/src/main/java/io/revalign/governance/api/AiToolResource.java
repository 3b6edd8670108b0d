package io.revalign.governance.api;

import io.revalign.common.concurrency.ETags;
import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.governance.domain.AiTool;
import io.revalign.governance.domain.AiToolFilter;
import io.revalign.governance.domain.ToolCategory;
import io.revalign.governance.domain.ToolStatus;
import io.revalign.governance.service.AiToolService;
import io.revalign.governance.service.RegisterAiTool;
import io.revalign.governance.service.UpdateAiTool;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

/** The AI tool registry: register, read, update, answer the intake, list. */
@Path("/api/ai-tools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "AI tools", description = "The AI tools marketing and sales use or want to use")
public class AiToolResource {

    private final AiToolService service;
    private final Idempotency idempotency;

    public AiToolResource(AiToolService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.SALES_LEADER, Roles.REVOPS, Roles.IT, Roles.SECURITY, Roles.ENABLEMENT, Roles.ADMIN})
    @Operation(
            operationId = "registerAiTool",
            summary = "Register an AI tool",
            description = "A new tool starts as PROPOSED. A vendor's tool is registered once: a second tool with "
                    + "the same vendor and name, in any letter case, is refused.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "conversation intelligence",
                                            value = Examples.AI_TOOL_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is the new tool's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = AiToolResponse.class),
                            examples = @ExampleObject(name = "created", value = Examples.AI_TOOL)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid or malformed tool",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid fields", value = Examples.INVALID_AI_TOOL)))
    @APIResponse(
            responseCode = "409",
            description = "This vendor's tool with this name is registered",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "duplicate", value = Examples.DUPLICATE_AI_TOOL)))
    public Response register(
            @Valid @NotNull AiToolRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            AiTool registered = service.register(command(body));
            return new Idempotency.Created(
                    uri.getAbsolutePathBuilder().path(registered.id.toString()).build(),
                    AiToolResponse.from(registered));
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.SALES_LEADER,
        Roles.REVOPS,
        Roles.IT,
        Roles.SECURITY,
        Roles.ENABLEMENT,
        Roles.ADMIN,
        Roles.SALES,
        Roles.MARKETING_LEADER,
        Roles.LEGAL,
        Roles.INTEGRATION
    })
    @Operation(
            operationId = "getAiTool",
            summary = "Read an AI tool",
            description = "The ETag is what PUT .../intake needs in If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The tool",
            headers =
                    @Header(
                            name = ETags.HEADER,
                            description = "The tool's version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = AiToolResponse.class),
                            examples = @ExampleObject(name = "tool", value = Examples.AI_TOOL)))
    @APIResponse(
            responseCode = "404",
            description = "No tool with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_AI_TOOL)))
    public Response get(@PathParam("id") UUID id) {
        AiTool tool = service.get(id);
        return ETags.ok(AiToolResponse.from(tool), tool.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_LEADER, Roles.REVOPS, Roles.IT, Roles.SECURITY, Roles.ENABLEMENT, Roles.ADMIN})
    @Operation(
            operationId = "updateAiTool",
            summary = "Update an AI tool",
            description = "Replaces the tool's editable fields: name, vendor, category, description, use cases, data "
                    + "categories, owner role, skill keys and goals. The status is not editable: it changes only "
                    + "through decisions (POST /api/decisions), so a request with another status is a 409; leave it "
                    + "out or send the current one. Needs If-Match with the ETag last read.")
    @RequestBody(
            content =
                    @Content(
                            examples = @ExampleObject(name = "serves a goal", value = Examples.AI_TOOL_UPDATE_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The updated tool with its new ETag",
            headers =
                    @Header(
                            name = ETags.HEADER,
                            description = "The tool's new version",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = AiToolResponse.class),
                            examples = @ExampleObject(name = "updated", value = Examples.AI_TOOL_UPDATED)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields or goals that do not exist",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid fields", value = Examples.INVALID_AI_TOOL)))
    @APIResponse(
            responseCode = "404",
            description = "No tool with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_AI_TOOL)))
    @APIResponse(
            responseCode = "409",
            description = "A status change (only decisions change it) or another tool's vendor and name",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "status change", value = Examples.STATUS_CHANGE)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match is not the current ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull AiToolUpdateRequest body) {
        AiTool tool = service.update(
                id,
                ifMatch,
                new UpdateAiTool(
                        body.name(),
                        body.vendor(),
                        body.category(),
                        body.description(),
                        body.useCases(),
                        body.dataCategories(),
                        body.ownerRole(),
                        body.skillKeys(),
                        body.goalIds(),
                        body.status()));
        return ETags.ok(AiToolResponse.from(tool), tool.version);
    }

    @PUT
    @Path("/{id}/intake")
    @RolesAllowed({Roles.SALES_LEADER, Roles.REVOPS, Roles.IT, Roles.SECURITY, Roles.LEGAL, Roles.ADMIN})
    @Operation(
            operationId = "answerAiToolIntake",
            summary = "Answer the intake questionnaire and derive the risk tier",
            description = "Every question must be answered. The risk tier is the highest any \"yes\" implies, modelled "
                    + "on the EU AI Act: manipulation, social scoring or emotion recognition at work → PROHIBITED; "
                    + "employment decisions, creditworthiness or biometric identification → HIGH; talking to people or "
                    + "generating content → LIMITED; otherwise MINIMAL. Answering again replaces the answers. "
                    + "Needs If-Match with the ETag last read.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "chat assistant", value = Examples.INTAKE)))
    @APIResponse(
            responseCode = "200",
            description = "The tool with its risk tier and new ETag",
            headers =
                    @Header(
                            name = ETags.HEADER,
                            description = "The tool's new version",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = AiToolResponse.class),
                            examples = @ExampleObject(name = "assessed", value = Examples.AI_TOOL_ASSESSED)))
    @APIResponse(
            responseCode = "400",
            description = "An unanswered question",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unanswered", value = Examples.INVALID_INTAKE)))
    @APIResponse(
            responseCode = "404",
            description = "No tool with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_AI_TOOL)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match is not the current ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response answerIntake(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull IntakeRequest body) {
        AiTool tool = service.answerIntake(id, ifMatch, body.yes());
        return ETags.ok(AiToolResponse.from(tool), tool.version);
    }

    @GET
    @RolesAllowed({
        Roles.SALES_LEADER,
        Roles.REVOPS,
        Roles.IT,
        Roles.SECURITY,
        Roles.ENABLEMENT,
        Roles.ADMIN,
        Roles.SALES,
        Roles.MARKETING_LEADER,
        Roles.LEGAL,
        Roles.INTEGRATION
    })
    @Operation(
            operationId = "listAiTools",
            summary = "List AI tools",
            description = "Oldest first, one page at a time; pass `next` as `after`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of tools",
            content =
                    @Content(
                            schema = @Schema(implementation = AiToolPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.AI_TOOL_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit, cursor or filter",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<AiToolResponse> list(
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(
                            description = "Only tools of this category",
                            schema = @Schema(implementation = ToolCategory.class))
                    @QueryParam("category")
                    String category,
            @Parameter(description = "Only tools with this status", schema = @Schema(implementation = ToolStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Only tools of this vendor (any case)") @QueryParam("vendor") String vendor) {
        return service.list(
                        new AiToolFilter(
                                EnumParam.parse(ToolCategory.class, "category", category),
                                EnumParam.parse(ToolStatus.class, "status", status),
                                vendor),
                        after,
                        limit)
                .map(AiToolResponse::from);
    }

    private static RegisterAiTool command(AiToolRequest body) {
        return new RegisterAiTool(
                body.name(),
                body.vendor(),
                body.category(),
                body.description(),
                body.useCases(),
                body.dataCategories(),
                body.ownerRole(),
                body.skillKeys(),
                body.goalIds());
    }

    /** The page type as the contract names it. */
    @Schema(name = "AiToolPage")
    record AiToolPage(java.util.List<AiToolResponse> items, @Schema(nullable = true) String next) {}
}
