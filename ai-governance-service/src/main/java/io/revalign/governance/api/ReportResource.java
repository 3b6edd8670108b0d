package io.revalign.governance.api;

import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.security.Roles;
import io.revalign.governance.service.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The governance reports, computed in PostgreSQL. */
@Path("/api/governance/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.SALES_LEADER,
    Roles.MARKETING_LEADER,
    Roles.REVOPS,
    Roles.IT,
    Roles.SECURITY,
    Roles.LEGAL,
    Roles.ENABLEMENT,
    Roles.ADMIN,
    Roles.INTEGRATION
})
@Tag(name = "Governance reports", description = "Where sales leadership stands and where practice departs from policy")
public class ReportResource {

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Path("/sales-leadership")
    @Operation(
            operationId = "getSalesLeadershipReport",
            summary = "Which decision rights sales leadership holds",
            description = "The share of decisions (requested in [from, to)) in which sales-leader was Accountable, "
                    + "Responsible, Consulted, Informed or absent, as snapshotted at each request, beside the same "
                    + "shares over the policy in force and the survey's 23% accountable / 68% input or informed.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            schema = @Schema(implementation = ReportResponses.SalesLeadership.class),
                            examples = @ExampleObject(name = "report", value = Examples.SALES_LEADERSHIP)))
    @APIResponse(
            responseCode = "400",
            description = "A bad period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportResponses.SalesLeadership salesLeadership(
            @Parameter(description = "Start of the period (inclusive), RFC 3339", example = "2026-01-01T00:00:00Z")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "End of the period (exclusive), RFC 3339", example = "2027-01-01T00:00:00Z")
                    @QueryParam("to")
                    String to) {
        return ReportResponses.SalesLeadership.from(service.salesLeadership(instant("from", from), instant("to", to)));
    }

    @GET
    @Path("/decision-practice")
    @Operation(
            operationId = "getDecisionPracticeReport",
            summary = "Where practice departs from the policy",
            description = "For decisions requested in [from, to): overrides (decided without every Consulted input), "
                    + "decisions past due (decided late or still open), cycle time from request to decision (median and "
                    + "p90 hours) and Consulted inputs past due. The due days are configuration "
                    + "(revalign.governance.input-due-days, decision-due-days).")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            schema = @Schema(implementation = ReportResponses.Practice.class),
                            examples = @ExampleObject(name = "report", value = Examples.DECISION_PRACTICE)))
    @APIResponse(
            responseCode = "400",
            description = "A bad period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportResponses.Practice practice(
            @Parameter(description = "Start of the period (inclusive), RFC 3339", example = "2026-01-01T00:00:00Z")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "End of the period (exclusive), RFC 3339", example = "2027-01-01T00:00:00Z")
                    @QueryParam("to")
                    String to) {
        return ReportResponses.Practice.from(service.practice(instant("from", from), instant("to", to)));
    }

    /** An RFC 3339 time, or a 400 naming the parameter. */
    private static Instant instant(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an RFC 3339 time such as 2026-01-01T00:00:00Z");
        }
    }

    @GET
    @Path("/coverage")
    @Operation(
            operationId = "getCoverageReport",
            summary = "Goals without an approved tool, tools without a goal, overdue reviews",
            description =
                    "A tool in PILOT or APPROVED is due for review revalign.governance.review-interval-days after "
                            + "its last decision.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            schema = @Schema(implementation = ReportResponses.Coverage.class),
                            examples = @ExampleObject(name = "report", value = Examples.COVERAGE)))
    public ReportResponses.Coverage coverage() {
        return ReportResponses.Coverage.from(service.coverage());
    }
}
