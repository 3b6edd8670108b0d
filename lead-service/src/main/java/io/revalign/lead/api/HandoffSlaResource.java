package io.revalign.lead.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.revalign.common.concurrency.ETags;
import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.Segment;
import io.revalign.lead.domain.handoff.HandoffSla;
import io.revalign.lead.service.HandoffSettings;
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
import java.util.List;
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

/** The first-touch SLA of each segment. */
@Path("/api/handoffs/slas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hand-offs")
public class HandoffSlaResource {

    private final HandoffSettings settings;
    private final SecurityIdentity identity;

    public HandoffSlaResource(HandoffSettings settings, SecurityIdentity identity) {
        this.settings = settings;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({
        Roles.MARKETING,
        Roles.MARKETING_LEADER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(
            operationId = "listHandoffSlas",
            summary = "The first-touch SLA of each segment",
            description = "Hours sales has to first touch a hand-off after it opens; segments are company-size bands"
                    + " (SMB under 100 employees, MID_MARKET 100-999, ENTERPRISE 1,000 or more, UNKNOWN).")
    @APIResponse(
            responseCode = "200",
            description = "The SLAs",
            content = @Content(examples = @ExampleObject(name = "SLAs", value = HandoffExamples.SLAS)))
    public List<SlaResponse> slas() {
        return settings.slas().stream().map(SlaResponse::from).toList();
    }

    @GET
    @Path("/{segment}")
    @RolesAllowed({
        Roles.MARKETING,
        Roles.MARKETING_LEADER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(operationId = "getHandoffSla", summary = "A segment's first-touch SLA (with its ETag)")
    @APIResponse(
            responseCode = "200",
            description = "The SLA",
            headers = @Header(name = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = SlaResponse.class),
                            examples = @ExampleObject(name = "enterprise", value = HandoffExamples.SLA)))
    @APIResponse(
            responseCode = "400",
            description = "Not a segment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sla(
            @Parameter(schema = @Schema(implementation = Segment.class)) @PathParam("segment") String segment) {
        HandoffSla sla = settings.sla(EnumParam.parse(Segment.class, "segment", segment));
        return ETags.ok(SlaResponse.from(sla), sla.version);
    }

    @PUT
    @Path("/{segment}")
    @RolesAllowed({Roles.SALES_LEADER, Roles.REVOPS, Roles.ADMIN})
    @Operation(
            operationId = "setHandoffSla",
            summary = "Set a segment's first-touch hours",
            description = "Applies to hand-offs opened from now on; open ones keep their deadline. Needs If-Match.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two hours", value = HandoffExamples.SLA_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The SLA as set",
            headers = @Header(name = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = SlaResponse.class),
                            examples = @ExampleObject(name = "enterprise", value = HandoffExamples.SLA)))
    @APIResponse(
            responseCode = "400",
            description = "Not a segment, or hours outside 1 to 8760",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "The SLA changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "No If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response setSla(
            @Parameter(schema = @Schema(implementation = Segment.class)) @PathParam("segment") String segment,
            @Parameter(description = "The ETag of the SLA as last read") @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull HandoffRequests.SlaUpdate body) {
        HandoffSla sla = settings.setSla(
                EnumParam.parse(Segment.class, "segment", segment),
                ifMatch,
                body.firstTouchHours(),
                SignOffRecords.actor(identity));
        return ETags.ok(SlaResponse.from(sla), sla.version);
    }

    /** A segment's first-touch SLA. */
    @Schema(name = "HandoffSla")
    record SlaResponse(Segment segment, int firstTouchHours) {

        static SlaResponse from(HandoffSla sla) {
            return new SlaResponse(sla.segment, sla.firstTouchHours);
        }
    }
}
