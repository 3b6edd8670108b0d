package io.revalign.lead.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Works off queued HubSpot events in the background, batch after batch until none are waiting. */
@ApplicationScoped
public class HubSpotWorker {

    private final HubSpotInbound inbound;

    public HubSpotWorker(HubSpotInbound inbound) {
        this.inbound = inbound;
    }

    @Scheduled(
            identity = "hubspot-inbox",
            every = "${revalign.hubspot.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        while (inbound.work() > 0) {
            // the next batch
        }
    }
}
