package io.revalign.lead.service;

import io.quarkus.scheduler.Scheduled;
import io.revalign.lead.config.QualificationConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Every second, puts this replica's worker threads on the running jobs. Replicas need no
 * coordinator: each thread claims batches with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);

    private final QualificationJobs jobs;
    private final QualificationConfig config;
    private final ExecutorService threads;

    public JobWorker(QualificationJobs jobs, QualificationConfig config) {
        this.jobs = jobs;
        this.config = config;
        this.threads = Executors.newFixedThreadPool(Math.max(1, config.workers()), runnable -> {
            Thread thread = new Thread(runnable, "qualification-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "1s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.workerEnabled()) {
            return;
        }
        try {
            for (UUID job : jobs.running()) {
                List<CompletableFuture<Integer>> running = new ArrayList<>();
                for (int i = 0; i < Math.max(1, config.workers()); i++) {
                    running.add(CompletableFuture.supplyAsync(() -> jobs.work(job, Integer.MAX_VALUE), threads));
                }
                running.forEach(CompletableFuture::join);
            }
        } catch (RuntimeException e) {
            LOG.warn("The qualification worker failed; it tries again on the next tick", e);
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
