package io.revalign.lead.api;

import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.lead.service.QualificationJobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Progress of re-scoring and backtest jobs. */
@Path("/api/qualification/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Qualification jobs", description = "Re-scoring after an activation, and backtests, with progress")
public class QualificationJobResource {

    private final QualificationJobs jobs;

    public QualificationJobResource(QualificationJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("/{id}")
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
            operationId = "getQualificationJob",
            summary = "A job's state and progress",
            description = "State, leads done of total, rate and ETA; a SUCCEEDED backtest carries its figures.")
    @APIResponse(
            responseCode = "200",
            description = "The job",
            content =
                    @Content(
                            schema = @Schema(implementation = JobResponse.class),
                            examples = {
                                @ExampleObject(name = "re-scoring", value = QualificationExamples.JOB),
                                @ExampleObject(name = "backtest", value = QualificationExamples.BACKTEST_JOB)
                            }))
    @APIResponse(
            responseCode = "404",
            description = "No job with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JobResponse get(@PathParam("id") UUID id) {
        QualificationJobs.JobView view = jobs.get(id);
        return JobResponse.from(view, jobs.backtestResult(view.job()).orElse(null));
    }
}
