package io.revalign.skills.api;

import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.security.Roles;
import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.service.ForecastService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The readiness forecast. */
@Path("/api/readiness/forecast")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Readiness", description = "Gaps against role profiles, readiness beside the 58% benchmark, forecast")
public class ForecastResource {

    private final ForecastService service;

    public ForecastResource(ForecastService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ENABLEMENT, Roles.SALES_LEADER, Roles.REVOPS, Roles.ADMIN})
    @Operation(
            operationId = "forecastReadiness",
            summary = "Projected readiness at a target date",
            description = "The share of active sellers meeting their role's current profile on the target date in"
                    + " three scenarios: nothing changes, enrolments on track complete, every plan completes; with"
                    + " the assumptions made and what the forecast cannot know. Computed in PostgreSQL.")
    @APIResponse(
            responseCode = "200",
            description = "The forecast",
            content =
                    @Content(
                            schema = @Schema(implementation = ForecastResponse.class),
                            examples = @ExampleObject(name = "forecast", value = Examples.FORECAST)))
    @APIResponse(
            responseCode = "400",
            description = "Missing, malformed or past targetDate, or unknown role",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "missing date", value = Examples.BAD_TARGET_DATE)))
    public ForecastResponse forecast(
            @Parameter(description = "The date to project to, e.g. the profile's target date", required = true)
                    @QueryParam("targetDate")
                    String targetDate,
            @Parameter(description = "Only this team") @QueryParam("team") @Size(max = 100) String team,
            @Parameter(description = "Only this role", schema = @Schema(implementation = SellerRole.class))
                    @QueryParam("role")
                    String role) {
        LocalDate date = TimeParams.date("targetDate", targetDate);
        if (date == null) {
            throw ProblemException.invalid("targetDate", "is required, a date such as 2026-06-30");
        }
        SellerRole sellerRole = EnumParam.parse(SellerRole.class, "role", role);
        return ForecastResponse.from(service.forecast(date, team, sellerRole), team, sellerRole);
    }
}
