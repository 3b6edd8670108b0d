package io.revalign.skills.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.revalign.common.webhooks.Outbox;
import io.revalign.skills.domain.webhooks.SkillsEvents;
import io.revalign.skills.repository.EnrolmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Announces {@code enrolment.overdue} once per enrolment: each pass claims ASSIGNED and IN_PROGRESS enrolments
 * whose due date is before today (UTC) and not yet announced, with {@code FOR UPDATE SKIP LOCKED}, marks them and
 * writes their events to the outbox in the same transaction, so replicas running the job at once share the work
 * and never announce one enrolment twice; a pass that fails announces nothing and marks nothing.
 */
@ApplicationScoped
public class OverdueEnrolments {

    private final EnrolmentRepository enrolments;
    private final Outbox outbox;
    private final OverdueConfig config;
    private final Clock clock;

    public OverdueEnrolments(EnrolmentRepository enrolments, Outbox outbox, OverdueConfig config, Clock clock) {
        this.enrolments = enrolments;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = "enrolment-overdue",
            every = "${revalign.enrolments.overdue.check-every:1m}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        announceAll();
    }

    /** Announces every enrolment overdue now, a batch per transaction; returns how many. */
    public int announceAll() {
        int total = 0;
        int announced;
        do {
            announced = QuarkusTransaction.requiringNew().call(this::announceBatch);
            total += announced;
        } while (announced == config.batchSize());
        return total;
    }

    /** Claims, marks and announces one batch in the caller's transaction; returns how many. */
    int announceBatch() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<EnrolmentRepository.Overdue> claimed = enrolments.claimOverdue(today, now, config.batchSize());
        if (!claimed.isEmpty()) {
            outbox.emitAll(
                    SkillsEvents.ENROLMENT_OVERDUE,
                    claimed.stream().map(OverdueEnrolments::data).toList());
        }
        return claimed.size();
    }

    private static Map<String, Object> data(EnrolmentRepository.Overdue o) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enrolmentId", o.enrolmentId().toString());
        data.put("planId", o.planId().toString());
        data.put("sellerId", o.sellerId().toString());
        data.put("sellerExternalId", o.sellerExternalId());
        data.put("team", o.team());
        data.put("moduleId", o.moduleId().toString());
        data.put("moduleTitle", o.moduleTitle());
        data.put("status", o.status());
        data.put("progress", o.progress());
        data.put("dueOn", o.dueOn().toString());
        data.put("overdueSince", o.dueOn().plusDays(1).toString());
        data.put("announcedAt", o.announcedAt().toString());
        return data;
    }
}
