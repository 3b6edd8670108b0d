package io.revalign.lead.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revalign.common.problem.ProblemException;
import io.revalign.lead.config.QualificationConfig;
import io.revalign.lead.domain.qualification.BacktestCounts;
import io.revalign.lead.domain.qualification.BacktestMetrics;
import io.revalign.lead.domain.qualification.BacktestSegment;
import io.revalign.lead.domain.qualification.CosignedVersion;
import io.revalign.lead.domain.qualification.EngagementRule;
import io.revalign.lead.domain.qualification.QualificationJob;
import io.revalign.lead.domain.qualification.QualificationRules;
import io.revalign.lead.domain.qualification.ScoringEngine;
import io.revalign.lead.domain.qualification.ScoringInput;
import io.revalign.lead.domain.qualification.VersionKind;
import io.revalign.lead.repository.CosignedVersionRepository;
import io.revalign.lead.repository.QualificationJobRepository;
import io.revalign.lead.repository.ScoringRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Re-scoring and backtest jobs: started in the caller's transaction and cut into lead-id batches;
 * any replica's worker claims the next batch with {@code FOR UPDATE SKIP LOCKED} and finishes it in
 * the transaction that claimed it, so a worker that stops loses nothing: its batch is taken again.
 */
@ApplicationScoped
public class QualificationJobs {

    private static final Logger LOG = Logger.getLogger(QualificationJobs.class);

    private final QualificationJobRepository jobs;
    private final CosignedVersionRepository versions;
    private final ScoringRepository scoring;
    private final QualificationDefinitions definitions;
    private final LeadQualifier qualifier;
    private final LifecycleMaps maps;
    private final QualificationConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;

    public QualificationJobs(
            QualificationJobRepository jobs,
            CosignedVersionRepository versions,
            ScoringRepository scoring,
            QualificationDefinitions definitions,
            LeadQualifier qualifier,
            LifecycleMaps maps,
            QualificationConfig config,
            ObjectMapper mapper,
            Clock clock) {
        this.jobs = jobs;
        this.versions = versions;
        this.scoring = scoring;
        this.definitions = definitions;
        this.qualifier = qualifier;
        this.maps = maps;
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A job and how far it got: leads done of total, leads per second so far, and the seconds left at that rate. */
    public record JobView(QualificationJob job, long done, Double leadsPerSecond, Long etaSeconds) {}

    /** What a backtest job reports: the candidate's figures beside the baseline's (the active definition). */
    public record BacktestResult(Figures candidate, Figures baseline) {}

    /** One definition's backtest figures. */
    public record Figures(UUID definitionId, int version, BacktestMetrics metrics) {}

    /** The counts a backtest batch adds up. */
    public record BatchCounts(BacktestCounts candidate, BacktestCounts baseline) {}

    /** Starts re-scoring every lead under {@code definition}; earlier re-scoring jobs are cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public QualificationJob startRescore(CosignedVersion definition, Actor actor) {
        Instant now = now();
        jobs.cancelRescoring(now);
        QualificationJob job = newJob(QualificationJob.Kind.RESCORE, definition.id, null, "{}", actor, now);
        job.total = jobs.plan(job.id, "SELECT id FROM lead", List.of(), config.batchSize());
        finishIfEmpty(job);
        return job;
    }

    /** Starts a backtest of {@code definitionId} beside the active definition over leads with known outcomes. */
    @Transactional
    public QualificationJob startBacktest(UUID definitionId, BacktestSegment segment, Actor actor) {
        CosignedVersion candidate = versions.findOfKind(VersionKind.DEFINITION, definitionId)
                .orElseThrow(() -> ProblemException.notFound("Qualification definition", definitionId));
        UUID baseline = versions.active(VersionKind.DEFINITION).map(v -> v.id).orElse(null);
        Instant now = now();
        QualificationJob job =
                newJob(QualificationJob.Kind.BACKTEST, candidate.id, baseline, json(segment), actor, now);
        List<Object> parameters = new ArrayList<>();
        String ids = scoring.outcomeIdsQuery(segment, parameters);
        job.total = jobs.plan(job.id, ids, parameters, config.batchSize());
        finishIfEmpty(job);
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JobView get(UUID id) {
        QualificationJob job = jobs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Job", id));
        QualificationJobRepository.Progress progress = jobs.progress(id);
        Instant end = job.finishedAt != null ? job.finishedAt : now();
        double seconds = Math.max(0.001, Duration.between(job.createdAt, end).toMillis() / 1000d);
        Double rate = progress.done() == 0 ? null : Math.round(progress.done() / seconds * 10) / 10d;
        Long eta = null;
        if (job.state != QualificationJob.State.RUNNING) {
            eta = 0L;
        } else if (rate != null) {
            eta = Math.round((job.total - progress.done()) / rate);
        }
        return new JobView(job, progress.done(), rate, eta);
    }

    /** The backtest result of a finished backtest job, or empty. */
    public Optional<BacktestResult> backtestResult(QualificationJob job) {
        if (job.result == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(job.result, BacktestResult.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored backtest result does not read back", e);
        }
    }

    /** The running jobs, oldest first. */
    @Transactional
    public List<UUID> running() {
        return jobs.running();
    }

    /**
     * Claims and finishes batches of {@code jobId} until none is left or {@code maxBatches} are done;
     * returns how many it finished. Each batch is its own transaction.
     */
    public int work(UUID jobId, int maxBatches) {
        int finished = 0;
        int failures = 0;
        while (finished < maxBatches) {
            boolean processed;
            try {
                processed = QuarkusTransaction.requiringNew().call(() -> processNextBatch(jobId));
                failures = 0;
            } catch (RuntimeException e) {
                // A deadlock or a lost lock: the batch's transaction rolled back and the batch is pending again.
                LOG.warnf(e, "A batch of job %s failed and will be retried", jobId);
                if (++failures >= 3) {
                    break;
                }
                continue;
            }
            if (!processed) {
                break;
            }
            finished++;
            QuarkusTransaction.requiringNew().run(() -> completeIfDone(jobId));
        }
        QuarkusTransaction.requiringNew().run(() -> completeIfDone(jobId));
        return finished;
    }

    /** Claims the job's next batch and finishes it in the current transaction; false when none is pending. */
    boolean processNextBatch(UUID jobId) {
        QualificationJob job = jobs.findById(jobId);
        if (job == null || job.state != QualificationJob.State.RUNNING) {
            return false;
        }
        Optional<QualificationJobRepository.Batch> claimed = jobs.claim(jobId);
        if (claimed.isEmpty()) {
            return false;
        }
        QualificationJobRepository.Batch batch = claimed.get();
        jobs.commitAsynchronously();
        CosignedVersion definition = versions.findById(job.definitionId);
        QualificationRules rules = definitions.rules(definition);
        if (job.kind == QualificationJob.Kind.RESCORE) {
            List<ScoringInput> inputs = scoring.load(
                    ScoringRepository.Selection.range(batch.firstId(), batch.nextId()),
                    rules.engagementRules(),
                    job.asOf);
            qualifier.apply(definition, rules, maps.inForce().content(), inputs, job.asOf);
            jobs.finish(batch, inputs.size(), null, now());
        } else {
            CosignedVersion baselineVersion = job.baselineId == null ? null : versions.findById(job.baselineId);
            QualificationRules baseline = baselineVersion == null ? null : definitions.rules(baselineVersion);
            List<EngagementRule> all = new ArrayList<>(rules.engagementRules());
            if (baseline != null) {
                all.addAll(baseline.engagementRules());
            }
            List<ScoringInput> inputs = scoring.load(
                    ScoringRepository.Selection.outcomes(batch.firstId(), batch.nextId(), segment(job)), all, job.asOf);
            int split = rules.engagementRules().size();
            BacktestCounts candidateCounts = BacktestCounts.ZERO;
            BacktestCounts baselineCounts = BacktestCounts.ZERO;
            for (ScoringInput input : inputs) {
                boolean mql = ScoringEngine.scorecard(rules, input.profile(), input.tallies(0, split))
                        .qualified();
                candidateCounts = candidateCounts.with(mql, input.outcome());
                if (baseline != null) {
                    boolean baselineMql = ScoringEngine.scorecard(
                                    baseline, input.profile(), input.tallies(split, all.size()))
                            .qualified();
                    baselineCounts = baselineCounts.with(baselineMql, input.outcome());
                }
            }
            jobs.finish(batch, inputs.size(), json(new BatchCounts(candidateCounts, baselineCounts)), now());
        }
        return true;
    }

    /** Marks the job SUCCEEDED once no batch is pending (the last batch's worker sees all others committed). */
    void completeIfDone(UUID jobId) {
        QualificationJob job = jobs.findById(jobId);
        if (job == null || job.state != QualificationJob.State.RUNNING) {
            return;
        }
        if (jobs.progress(jobId).pendingBatches() > 0) {
            return;
        }
        jobs.getEntityManager().refresh(job, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (job.state != QualificationJob.State.RUNNING) {
            return;
        }
        if (job.kind == QualificationJob.Kind.BACKTEST) {
            job.result = json(backtest(job));
        }
        job.state = QualificationJob.State.SUCCEEDED;
        job.finishedAt = now();
    }

    private BacktestResult backtest(QualificationJob job) {
        BacktestCounts candidate = BacktestCounts.ZERO;
        BacktestCounts baseline = BacktestCounts.ZERO;
        for (String result : jobs.results(job.id)) {
            try {
                BatchCounts counts = mapper.readValue(result, BatchCounts.class);
                candidate = candidate.plus(counts.candidate());
                baseline = baseline.plus(counts.baseline());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored batch result does not read back", e);
            }
        }
        CosignedVersion definition = versions.findById(job.definitionId);
        CosignedVersion active = job.baselineId == null ? null : versions.findById(job.baselineId);
        return new BacktestResult(
                new Figures(definition.id, definition.number, BacktestMetrics.of(candidate)),
                active == null ? null : new Figures(active.id, active.number, BacktestMetrics.of(baseline)));
    }

    private void finishIfEmpty(QualificationJob job) {
        if (job.total == 0) {
            if (job.kind == QualificationJob.Kind.BACKTEST) {
                job.result = json(backtest(job));
            }
            job.state = QualificationJob.State.SUCCEEDED;
            job.finishedAt = job.createdAt;
        }
    }

    private QualificationJob newJob(
            QualificationJob.Kind kind, UUID definitionId, UUID baselineId, String segment, Actor actor, Instant now) {
        QualificationJob job = new QualificationJob();
        job.id = SignOffService.newId();
        job.kind = kind;
        job.definitionId = definitionId;
        job.baselineId = baselineId;
        job.segment = segment;
        job.state = QualificationJob.State.RUNNING;
        job.asOf = now;
        job.createdBy = actor.name();
        job.createdAt = now;
        jobs.persistAndFlush(job);
        return job;
    }

    private BacktestSegment segment(QualificationJob job) {
        try {
            return mapper.readValue(job.segment, BacktestSegment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored segment does not read back", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("must write as JSON", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
