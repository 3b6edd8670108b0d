package io.revalign.lead.api;

import io.revalign.lead.domain.qualification.QualificationJob;
import io.revalign.lead.service.QualificationJobs;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A re-scoring or backtest job: where it stands, how far it got, and a backtest's figures when done. */
@Schema(name = "QualificationJob")
public record JobResponse(
        UUID id,
        QualificationJob.Kind kind,
        @Schema(description = "RUNNING, SUCCEEDED, or CANCELLED (a later activation replaced a re-scoring)")
                QualificationJob.State state,
        UUID definitionId,
        @Schema(nullable = true, description = "Backtests: the definition active when it started") UUID baselineId,
        long total,
        long done,
        @Schema(nullable = true) Double leadsPerSecond,
        @Schema(nullable = true, description = "Seconds left at the rate so far") Long etaSeconds,
        String createdBy,
        Instant createdAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(nullable = true, description = "Backtests, once SUCCEEDED: candidate beside baseline")
                QualificationJobs.BacktestResult backtest) {

    static JobResponse from(QualificationJobs.JobView view, QualificationJobs.BacktestResult backtest) {
        QualificationJob job = view.job();
        return new JobResponse(
                job.id,
                job.kind,
                job.state,
                job.definitionId,
                job.baselineId,
                job.total,
                view.done(),
                view.leadsPerSecond(),
                view.etaSeconds(),
                job.createdBy,
                job.createdAt,
                job.finishedAt,
                backtest);
    }
}
