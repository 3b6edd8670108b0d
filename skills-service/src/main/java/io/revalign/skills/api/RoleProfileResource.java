package io.revalign.skills.api;

import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.skills.domain.RoleProfileFilter;
import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.service.CreateRoleProfile;
import io.revalign.skills.service.RoleProfileService;
import io.revalign.skills.service.RoleProfileView;
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
import jakarta.ws.rs.core.SecurityContext;
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

/** Role profiles: the required level per skill for a seller role, versioned. */
@Path("/api/role-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Role profiles", description = "What each seller role needs, by when; every change is a new version")
public class RoleProfileResource {

    private final RoleProfileService service;
    private final Idempotency idempotency;

    public RoleProfileResource(RoleProfileService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ENABLEMENT, Roles.SALES_LEADER, Roles.ADMIN})
    @Operation(
            operationId = "createRoleProfileVersion",
            summary = "Write the next version of a role's profile",
            description = "The new version becomes the role's current profile; earlier versions stay readable, so a"
                    + " gap always names the version it was measured against. Every skill key must name a skill in"
                    + " use, at most once; levels are 0-4.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "AE", value = Examples.ROLE_PROFILE_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is the new version's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = RoleProfileResponse.class),
                            examples = @ExampleObject(name = "created", value = Examples.ROLE_PROFILE)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown or retired skill key, level outside 0-4, or another invalid field",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown skill", value = Examples.UNKNOWN_SKILL_KEY)))
    public jakarta.ws.rs.core.Response create(
            @Valid @NotNull RoleProfileRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @Context SecurityContext security) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            RoleProfileView created = service.create(
                    new CreateRoleProfile(
                            body.role(),
                            body.targetDate(),
                            body.description(),
                            body.requirements().stream()
                                    .map(r -> new CreateRoleProfile.Requirement(r.skillKey(), r.level()))
                                    .toList()),
                    security.getUserPrincipal().getName());
            return new Idempotency.Created(
                    uri.getAbsolutePathBuilder()
                            .path(created.profile().id.toString())
                            .build(),
                    RoleProfileResponse.from(created));
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
    @Operation(operationId = "getRoleProfile", summary = "Read one version of a role profile")
    @APIResponse(
            responseCode = "200",
            description = "The profile version",
            content =
                    @Content(
                            schema = @Schema(implementation = RoleProfileResponse.class),
                            examples = @ExampleObject(name = "profile", value = Examples.ROLE_PROFILE)))
    @APIResponse(
            responseCode = "404",
            description = "No profile version with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_PROFILE)))
    public RoleProfileResponse get(@PathParam("id") UUID id) {
        return RoleProfileResponse.from(service.get(id));
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
    @Operation(
            operationId = "listRoleProfiles",
            summary = "List role profile versions",
            description = "Oldest first; `current=true` lists each role's current version only.")
    @APIResponse(
            responseCode = "200",
            description = "A page of profile versions",
            content =
                    @Content(
                            schema = @Schema(implementation = RoleProfilePage.class),
                            examples = @ExampleObject(name = "page", value = Examples.ROLE_PROFILE_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit, cursor or role",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<RoleProfileResponse> list(
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Only this role's versions", schema = @Schema(implementation = SellerRole.class))
                    @QueryParam("role")
                    String role,
            @Parameter(description = "true: only each role's current version; false: only superseded ones")
                    @QueryParam("current")
                    Boolean current) {
        return service.list(
                        new RoleProfileFilter(EnumParam.parse(SellerRole.class, "role", role), current), after, limit)
                .map(RoleProfileResponse::from);
    }

    /** The page type as the contract names it. */
    @Schema(name = "RoleProfilePage")
    record RoleProfilePage(List<RoleProfileResponse> items, @Schema(nullable = true) String next) {}
}
