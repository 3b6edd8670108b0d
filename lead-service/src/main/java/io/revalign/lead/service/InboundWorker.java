package io.revalign.lead.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Works off queued CRM events (HubSpot's and the generic sources') in the background, batch after batch. */
@ApplicationScoped
public class InboundWorker {

    private final InboundEvents inbound;

    public InboundWorker(InboundEvents inbound) {
        this.inbound = inbound;
    }

    @Scheduled(
            identity = "crm-inbox",
            every = "${revalign.hubspot.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        while (inbound.work() > 0) {
            // the next batch
        }
    }
}
