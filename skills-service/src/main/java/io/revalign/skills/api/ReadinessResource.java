package io.revalign.skills.api;

import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.service.ReadinessService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Readiness of the roster against role profiles, and its forecast. */
@Path("/api/readiness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Readiness", description = "Gaps against role profiles, readiness beside the 58% benchmark, forecast")
public class ReadinessResource {

    private final ReadinessService service;

    public ReadinessResource(ReadinessService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ENABLEMENT, Roles.SALES_LEADER, Roles.REVOPS, Roles.ADMIN})
    @Operation(
            operationId = "getReadiness",
            summary = "Readiness against role profiles, beside the 58% benchmark",
            description = "Active sellers of the team and role whose role has a profile are measured against the"
                    + " current version (at `asOf`: the version current then, levels from the assessments made by"
                    + " then, sellers created by then). A seller needs reskilling when any required skill is below"
                    + " its level; breakdowns per skill and team and a skill × team matrix of average gap follow."
                    + " Computed in PostgreSQL.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @Content(
                            schema = @Schema(implementation = ReadinessResponse.class),
                            examples = @ExampleObject(name = "one team", value = Examples.READINESS)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown role, or a malformed or future asOf",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "bad asOf", value = Examples.BAD_AS_OF)))
    public ReadinessResponse readiness(
            @Parameter(description = "Only this team") @QueryParam("team") @Size(max = 100) String team,
            @Parameter(description = "Only this role", schema = @Schema(implementation = SellerRole.class))
                    @QueryParam("role")
                    String role,
            @Parameter(description = "A past date (end of day, UTC) or RFC 3339 date-time; default now")
                    @QueryParam("asOf")
                    String asOf) {
        SellerRole sellerRole = EnumParam.parse(SellerRole.class, "role", role);
        return ReadinessResponse.from(
                service.readiness(team, sellerRole, TimeParams.instant("asOf", asOf)), team, sellerRole);
    }

    @GET
    @Path("/skills")
    @RolesAllowed({Roles.ENABLEMENT, Roles.SALES_LEADER, Roles.REVOPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "getSkillReadiness",
            summary = "Readiness on given skills at a level, per team",
            description = "Whether or not role profiles require them yet: per team of active sellers (of the given"
                    + " roles, or all), how many reach `level` on every skill (ready) and on each skill, from today's"
                    + " effective levels. ai-governance-service asks this before an AI tool needing the skills is"
                    + " approved (roles `integration`).")
    @APIResponse(
            responseCode = "200",
            description = "The figures; teams without active sellers of the roles are left out",
            content =
                    @Content(
                            schema = @Schema(implementation = SkillReadinessResponse.class),
                            examples = @ExampleObject(name = "two teams", value = Examples.SKILL_READINESS)))
    @APIResponse(
            responseCode = "400",
            description = "No skillKey, a key not in the catalogue, a level outside 1-4 or an unknown role",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "unknown skill",
                                            value = Examples.SKILL_READINESS_UNKNOWN_SKILL)))
    public SkillReadinessResponse skillReadiness(
            @Parameter(description = "A skill key; repeat for several (at most 50)", required = true)
                    @QueryParam("skillKey")
                    @NotEmpty(message = "name at least one skill")
                    @Size(max = 50, message = "at most 50 skills")
                    List<@Size(max = 100) String> skillKeys,
            @Parameter(description = "The level to reach, 1-4 (default 2, PRACTICING)")
                    @QueryParam("level")
                    @DefaultValue("2")
                    @Min(value = 1, message = "must be 1 to 4")
                    @Max(value = 4, message = "must be 1 to 4")
                    int level,
            @Parameter(
                            description = "Only sellers of this role; repeat for several (default: every role)",
                            schema = @Schema(implementation = SellerRole.class))
                    @QueryParam("role")
                    List<String> roles) {
        List<SellerRole> sellerRoles = roles == null
                ? List.of()
                : roles.stream()
                        .map(role -> EnumParam.parse(SellerRole.class, "role", role))
                        .filter(java.util.Objects::nonNull)
                        .toList();
        return SkillReadinessResponse.from(service.skillReadiness(skillKeys, ProficiencyLevel.of(level), sellerRoles));
    }
}
