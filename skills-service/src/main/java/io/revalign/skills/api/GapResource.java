package io.revalign.skills.api;

import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.skills.service.ReadinessService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A seller's gaps against their role profile. */
@Path("/api/sellers/{id}/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Readiness", description = "Gaps against role profiles, readiness beside the 58% benchmark, forecast")
public class GapResource {

    private final ReadinessService service;
    private final CurrentCaller caller;

    public GapResource(ReadinessService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
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
            operationId = "getSellerGaps",
            summary = "A seller's gaps",
            description = "Each skill the current profile version of the seller's role requires (at `asOf`: the"
                    + " version current then, from the assessments made by then), with required and effective level,"
                    + " the gap and the source of the effective level (certification > manager > course > self;"
                    + " newest within a source). Retired skills are left out. The seller, their manager and"
                    + " enablement roles may read it.")
    @APIResponse(
            responseCode = "200",
            description = "The gaps, largest first",
            content =
                    @Content(
                            schema = @Schema(implementation = GapResponse.class),
                            examples = @ExampleObject(name = "gaps", value = Examples.GAPS)))
    @APIResponse(
            responseCode = "404",
            description = "No seller with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown seller", value = Examples.UNKNOWN_SELLER)))
    public GapResponse gaps(
            @PathParam("id") UUID sellerId,
            @Parameter(description = "A past date (end of day, UTC) or RFC 3339 date-time; default now")
                    @QueryParam("asOf")
                    String asOf) {
        return GapResponse.from(service.gaps(sellerId, TimeParams.instant("asOf", asOf), caller.get()));
    }
}
