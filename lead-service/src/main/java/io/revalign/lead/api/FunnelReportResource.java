package io.revalign.lead.api;

import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.report.FunnelGrouping;
import io.revalign.lead.domain.report.FunnelPeriod;
import io.revalign.lead.service.FunnelReports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The funnel report: per stage entered, converted, conversion rate and time in stage, by monthly cohort. */
@Path("/api/reports/funnel")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "The alignment and funnel reports marketing and sales read each week")
public class FunnelReportResource {

    private static final String MONTH_FORMAT = "must be a month as YYYY-MM, e.g. 2026-01";

    private final FunnelReports reports;
    private final Clock clock;

    public FunnelReportResource(FunnelReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.MARKETING, Roles.MARKETING_LEADER, Roles.SALES, Roles.SALES_LEADER, Roles.REVOPS, Roles.ADMIN})
    @Operation(
            operationId = "getFunnelReport",
            summary = "The funnel of the leads that entered in a period",
            description = "For the leads created in the cohort months from..to (UTC): per stage the stays that"
                    + " began, converted to a stage further along, the conversion rate, the stays still open and the"
                    + " median and p90 time in stage in hours (whole days from two days on), for the whole period and, with groupBy, per"
                    + " cohort month or segment. Summed by PostgreSQL from tallies kept exact with every change"
                    + " (docs/alignment.md). Without from and to: the last twelve months.")
    @APIResponse(
            responseCode = "200",
            description = "The report, with how each figure is defined",
            content =
                    @Content(
                            schema = @Schema(implementation = FunnelReportResponse.class),
                            examples = @ExampleObject(name = "monthly cohorts", value = FunnelExamples.FUNNEL)))
    @APIResponse(
            responseCode = "400",
            description = "A month that does not parse, to before from, more than 120 months, or an unknown groupBy",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "bad month", value = FunnelExamples.INVALID_PERIOD)))
    public FunnelReportResponse funnel(
            @Parameter(
                            description = "First cohort month, YYYY-MM (default: eleven months before to)",
                            example = "2026-01",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Last cohort month, included, YYYY-MM (default: the current month)",
                            example = "2026-06",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$"))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "Also split the figures by cohort month or by segment",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"month", "segment"}))
                    @QueryParam("groupBy")
                    String groupBy) {
        return FunnelReportResponse.from(reports.report(period(from, to), grouping(groupBy)));
    }

    private FunnelPeriod period(String from, String to) {
        YearMonth last = to == null ? YearMonth.now(clock) : month("to", to);
        YearMonth first = from == null ? FunnelPeriod.lastYear(last).from() : month("from", from);
        FunnelPeriod period = new FunnelPeriod(first, last);
        period.problem().ifPresent(error -> {
            throw ProblemException.invalid(error.field(), error.message());
        });
        return period;
    }

    private static YearMonth month(String field, String value) {
        if (!value.matches("[0-9]{4}-[0-9]{2}")) {
            throw ProblemException.invalid(field, MONTH_FORMAT);
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, MONTH_FORMAT);
        }
    }

    private static FunnelGrouping grouping(String groupBy) {
        if (groupBy == null) {
            return null;
        }
        return FunnelGrouping.fromParameter(groupBy)
                .orElseThrow(() -> ProblemException.invalid("groupBy", "must be one of: month, segment"));
    }
}
