package io.revalign.governance.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.revalign.governance.config.GovernanceConfig;
import io.revalign.governance.domain.AuditChain;
import io.revalign.governance.domain.AuditEntry;
import io.revalign.governance.domain.AuditRecord;
import io.revalign.governance.repository.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Seals committed audit records into the hash chain, a batch per transaction. Only the holder of the
 * chain head's row lock seals, so any number of replicas keep one chain: the background sealer of
 * each replica skips a round when another holds it, and {@link #sealCommitted()} waits for it.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    /** Records sealed per transaction. */
    static final int BATCH = 1000;

    private final AuditRepository audit;
    private final GovernanceConfig config;
    private ScheduledExecutorService background;

    public AuditSealer(AuditRepository audit, GovernanceConfig config) {
        this.audit = audit;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        long interval = config.auditSealInterval().toMillis();
        if (interval <= 0) {
            return;
        }
        background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-sealer");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::sealInBackground, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (background != null) {
            background.shutdownNow();
        }
    }

    /** Seals every record committed before the call (waiting for another sealer); returns how many it sealed. */
    public long sealCommitted() {
        long sealed = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> sealBatch(true));
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    private void sealInBackground() {
        try {
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> sealBatch(false));
            } while (batch == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Sealing audit records failed; the next round takes them again", e);
        }
    }

    /** Seals up to one batch under the head's lock; 0 when none is waiting or (not waiting) another sealer runs. */
    int sealBatch(boolean wait) {
        Optional<AuditRepository.Head> head = wait ? Optional.of(audit.lockHead()) : audit.tryLockHead();
        if (head.isEmpty()) {
            return 0;
        }
        List<AuditRecord> records = audit.unsealed(BATCH);
        if (records.isEmpty()) {
            return 0;
        }
        List<AuditEntry> entries =
                AuditChain.sealAll(head.get().seq(), head.get().hash(), records);
        audit.seal(records, entries);
        return records.size();
    }
}
