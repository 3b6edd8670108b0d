package io.revalign.skills.api;

import io.revalign.common.concurrency.ETags;
import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.domain.SkillCategory;
import io.revalign.skills.domain.SkillFilter;
import io.revalign.skills.service.CreateSkill;
import io.revalign.skills.service.SkillService;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Skill catalogue: create, read, change, retire, list. */
@Path("/api/skills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Skills", description = "The catalogue of skills sellers are assessed on, with the 0-4 proficiency scale")
// Most operations' roles; a method that differs names its own.
@RolesAllowed({Roles.ENABLEMENT, Roles.ADMIN})
public class SkillResource {

    private final SkillService service;
    private final Idempotency idempotency;

    public SkillResource(SkillService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(
            operationId = "createSkill",
            summary = "Add a skill to the catalogue",
            description =
                    "The key is the skill's stable identifier across RevAlign; a second skill with the same key is refused.")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(
                                        name = "with ESCO reference and level descriptors",
                                        value = Examples.SKILL_REQUEST),
                                @ExampleObject(name = "minimal", value = Examples.SKILL_REQUEST_MINIMAL)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is the new skill's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = SkillResponse.class),
                            examples = @ExampleObject(name = "created", value = Examples.SKILL)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid or malformed skill",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid field", value = Examples.INVALID_SKILL)))
    @APIResponse(
            responseCode = "409",
            description = "A skill with this key exists",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "duplicate", value = Examples.DUPLICATE_SKILL)))
    public Response create(
            @Valid @NotNull SkillRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            Skill created = service.create(command(body));
            return new Idempotency.Created(
                    uri.getAbsolutePathBuilder().path(created.id.toString()).build(), SkillResponse.from(created));
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
        Roles.MARKETING_LEADER,
        Roles.INTEGRATION,
        Roles.ADMIN,
        Roles.IT,
        Roles.SECURITY
    })
    @Operation(operationId = "getSkill", summary = "Read a skill")
    @APIResponse(
            responseCode = "200",
            description = "The skill",
            content =
                    @Content(
                            schema = @Schema(implementation = SkillResponse.class),
                            examples = @ExampleObject(name = "skill", value = Examples.SKILL)))
    @APIResponse(
            responseCode = "404",
            description = "No skill with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_SKILL)))
    public Response get(@PathParam("id") UUID id) {
        Skill skill = service.get(id);
        return ETags.ok(SkillResponse.from(skill), skill.version);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateSkill",
            summary = "Change a skill",
            description = "Replaces name, description, category, taxonomy reference and level descriptors. Needs"
                    + " If-Match with the ETag last read (428 without, 412 when stale); the key cannot change (409).")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "new descriptors", value = Examples.SKILL_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The skill as it is now, with its new ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = SkillResponse.class),
                            examples = @ExampleObject(name = "skill", value = Examples.SKILL)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid or malformed skill",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid field", value = Examples.INVALID_SKILL)))
    @APIResponse(
            responseCode = "404",
            description = "No skill with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_SKILL)))
    @APIResponse(
            responseCode = "409",
            description = "The body names another key; a skill's key cannot change",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "key change", value = Examples.KEY_CHANGE)))
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull SkillRequest body) {
        Skill skill = service.update(id, ifMatch, command(body));
        return ETags.ok(SkillResponse.from(skill), skill.version);
    }

    @GET
    @RolesAllowed({
        Roles.ENABLEMENT,
        Roles.SALES_LEADER,
        Roles.SALES,
        Roles.SELLER,
        Roles.REVOPS,
        Roles.MARKETING_LEADER,
        Roles.INTEGRATION,
        Roles.ADMIN,
        Roles.IT,
        Roles.SECURITY
    })
    @Operation(
            operationId = "listSkills",
            summary = "List skills",
            description = "Oldest first, one page at a time; pass `next` as `after`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of skills",
            content =
                    @Content(
                            schema = @Schema(implementation = SkillPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.SKILL_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit, cursor or category",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<SkillResponse> list(
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(
                            description = "Only skills of this category",
                            schema = @Schema(implementation = SkillCategory.class))
                    @QueryParam("category")
                    String category,
            @Parameter(description = "Only the skill with this key") @QueryParam("key") @Size(max = 64) String key,
            @Parameter(description = "true: only retired skills; false: only skills in use; absent: both")
                    @QueryParam("retired")
                    Boolean retired) {
        return service.list(
                        new SkillFilter(EnumParam.parse(SkillCategory.class, "category", category), key, retired),
                        after,
                        limit)
                .map(SkillResponse::from);
    }

    @POST
    @Path("/{id}/retirement")
    @Operation(
            operationId = "retireSkill",
            summary = "Retire a skill",
            description = "The skill stays in the catalogue and in the history of assessments and profiles, but new"
                    + " role profiles and assessments refuse it and readiness leaves it out from the moment of"
                    + " retirement. Needs If-Match with the ETag last read; retiring a retired skill changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The skill, now retired, with its new ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = SkillResponse.class),
                            examples = @ExampleObject(name = "retired", value = Examples.RETIRED_SKILL)))
    @APIResponse(
            responseCode = "404",
            description = "No skill with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_SKILL)))
    public Response retire(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch) {
        Skill skill = service.retire(id, ifMatch);
        return ETags.ok(SkillResponse.from(skill), skill.version);
    }

    private static CreateSkill command(SkillRequest body) {
        SkillRequest.Taxonomy taxonomy = body.taxonomy();
        return new CreateSkill(
                body.key(),
                body.name(),
                body.description(),
                body.category(),
                taxonomy == null ? null : taxonomy.scheme(),
                taxonomy == null ? null : taxonomy.code(),
                body.levelDescriptors());
    }

    /** The page type as the contract names it. */
    @Schema(name = "SkillPage")
    record SkillPage(java.util.List<SkillResponse> items, @Schema(nullable = true) String next) {}
}
