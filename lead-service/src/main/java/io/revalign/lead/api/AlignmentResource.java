package io.revalign.lead.api;

import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.Segment;
import io.revalign.lead.domain.alignment.AlignmentQuery;
import io.revalign.lead.service.AlignmentReports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The alignment report: marketing's definition against sales' verdicts. */
@Path("/api/reports/alignment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Alignment and funnel figures, computed by PostgreSQL")
public class AlignmentResource {

    /** The days a report covers when no period is given. */
    static final int DEFAULT_DAYS = 90;

    /** The longest period one report covers. */
    static final int MAX_DAYS = 3660;

    private final AlignmentReports reports;
    private final Clock clock;

    public AlignmentResource(AlignmentReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.REVOPS, Roles.MARKETING_LEADER, Roles.SALES_LEADER, Roles.ADMIN})
    @Operation(
            operationId = "getAlignmentReport",
            summary = "Do sales' verdicts agree with marketing's definition?",
            description = "For a period (days, UTC, both ends included; the last 90 days by default), optionally one"
                    + " segment and one definition version: MQLs, acceptance rate, SLA breaches, the most frequent"
                    + " rejection reasons, the 2×2 table of the definition's verdict against sales' with the agreement"
                    + " rate and Cohen's kappa (all versions together and per version) beside the survey's 49%, and"
                    + " the rules that fire most often on rejected leads. `definitions` says how each figure is"
                    + " counted; docs/alignment.md has the formula and a worked example.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            schema = @Schema(implementation = AlignmentResponse.class),
                            examples = @ExampleObject(name = "one quarter", value = HandoffExamples.ALIGNMENT)))
    @APIResponse(
            responseCode = "400",
            description =
                    "A date that is not YYYY-MM-DD, to before from, a period over 3,660 days, or an unknown segment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AlignmentResponse alignment(
            @Parameter(
                            description = "First day (UTC) of the period; default 89 days before `to`",
                            example = "2026-09-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Last day (UTC) of the period, included; default today",
                            example = "2026-11-30",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to,
            @Parameter(description = "Only leads of this segment", schema = @Schema(implementation = Segment.class))
                    @QueryParam("segment")
                    String segment,
            @Parameter(description = "Only verdicts of this definition version")
                    @QueryParam("definitionVersion")
                    @Min(1)
                    @Max(1_000_000)
                    Integer definitionVersion) {
        LocalDate last = date("to", to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate first = date("from", from, last.minusDays(DEFAULT_DAYS - 1L));
        if (first.isAfter(last)) {
            throw ProblemException.invalid("to", "must be on or after from (" + first + ")");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw ProblemException.invalid("from", "the period may cover at most " + MAX_DAYS + " days");
        }
        AlignmentQuery query =
                new AlignmentQuery(first, last, EnumParam.parse(Segment.class, "segment", segment), definitionVersion);
        return AlignmentResponse.from(reports.report(query), first, last);
    }

    private static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date YYYY-MM-DD");
        }
        if (date.getYear() < 1970 || date.getYear() > 9998) {
            throw ProblemException.invalid(field, "must be a date between 1970 and 9998");
        }
        return date;
    }
}
