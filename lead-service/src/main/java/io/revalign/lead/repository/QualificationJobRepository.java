package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.qualification.QualificationJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Jobs and their batches. A job is cut into lead-id ranges when it starts; a worker claims the next
 * pending range with {@code FOR UPDATE SKIP LOCKED}, so replicas never take the same one, and marks
 * it done in the transaction that claimed it.
 */
@ApplicationScoped
public class QualificationJobRepository implements PanacheRepositoryBase<QualificationJob, UUID> {

    /** A claimed batch: a lead-id range (next null: open-ended). */
    public record Batch(UUID jobId, int seq, UUID firstId, UUID nextId) {}

    /** Progress of a job: leads done and batches left. */
    public record Progress(long done, long pendingBatches) {}

    /**
     * Cuts the ids that {@code idsQuery} returns into ranges of {@code batchSize} and stores them as
     * the job's pending batches; returns how many ids there are.
     */
    public long plan(UUID jobId, String idsQuery, List<Object> parameters, int batchSize) {
        String sql = "WITH ids AS (" + idsQuery + "),"
                + " numbered AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM ids),"
                + " total AS (SELECT count(*) AS n FROM numbered),"
                + " batches AS (SELECT rn / ? AS seq, id AS first_id FROM numbered WHERE rn % ? = 0),"
                + " planned AS (INSERT INTO qualification_job_batch (job_id, seq, first_id, next_id, lead_count, state)"
                + " SELECT ?, seq, first_id, lead(first_id) OVER (ORDER BY seq), least(?, total.n - seq * ?)::int,"
                + " 'PENDING' FROM batches CROSS JOIN total RETURNING lead_count)"
                + " SELECT coalesce(sum(lead_count), 0) FROM planned";
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                List<Object> all = new ArrayList<>(parameters);
                all.add(batchSize);
                all.add(batchSize);
                all.add(jobId);
                all.add(batchSize);
                all.add(batchSize);
                ScoringRepository.bind(connection, statement, all);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /**
     * Lets the current transaction (a batch) commit without waiting for its WAL to reach disk. A batch
     * lost in a server crash is lost whole, its DONE mark with it, so the job simply takes it again; the
     * job's completion commits durably and with it every batch committed before.
     */
    public void commitAsynchronously() {
        session().doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL synchronous_commit = off");
            }
        });
    }

    /** The next pending batch of a running job, locked until the transaction ends; skips batches others hold. */
    public Optional<Batch> claim(UUID jobId) {
        String sql = "SELECT b.job_id, b.seq, b.first_id, b.next_id FROM qualification_job_batch b"
                + " WHERE b.state = 'PENDING' AND b.job_id = ? ORDER BY b.seq LIMIT 1 FOR UPDATE SKIP LOCKED";
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, jobId);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Batch>empty();
                    }
                    return Optional.of(new Batch(
                            row.getObject(1, UUID.class),
                            row.getInt(2),
                            row.getObject(3, UUID.class),
                            row.getObject(4, UUID.class)));
                }
            }
        });
    }

    /** Marks a claimed batch done with what it processed and, for backtests, its partial result. */
    public void finish(Batch batch, int processed, String result, Instant at) {
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE qualification_job_batch SET state = 'DONE', processed = ?, result = ?::jsonb, done_at = ?"
                            + " WHERE job_id = ? AND seq = ?")) {
                statement.setInt(1, processed);
                statement.setString(2, result);
                statement.setTimestamp(3, Timestamp.from(at));
                statement.setObject(4, batch.jobId());
                statement.setInt(5, batch.seq());
                statement.executeUpdate();
            }
        });
    }

    public Progress progress(UUID jobId) {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("SELECT coalesce(sum(processed) FILTER (WHERE state = 'DONE'), 0),"
                        + " count(*) FILTER (WHERE state = 'PENDING') FROM qualification_job_batch WHERE job_id = ?1")
                .setParameter(1, jobId)
                .getSingleResult();
        return new Progress(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** The partial results of a job's done batches. */
    @SuppressWarnings("unchecked")
    public List<String> results(UUID jobId) {
        return getEntityManager()
                .createNativeQuery(
                        "SELECT result::text FROM qualification_job_batch WHERE job_id = ?1 AND state = 'DONE'"
                                + " AND result IS NOT NULL")
                .setParameter(1, jobId)
                .getResultList();
    }

    /** The ids of running jobs, oldest first. */
    public List<UUID> running() {
        return getEntityManager()
                .createQuery("select id from QualificationJob where state = :state order by createdAt", UUID.class)
                .setParameter("state", QualificationJob.State.RUNNING)
                .getResultList();
    }

    /** Cancels the running re-scoring jobs (a newer activation makes them moot); returns how many. */
    public int cancelRescoring(Instant at) {
        return update(
                "state = ?1, finishedAt = ?2 where kind = ?3 and state = ?4",
                QualificationJob.State.CANCELLED,
                at,
                QualificationJob.Kind.RESCORE,
                QualificationJob.State.RUNNING);
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
