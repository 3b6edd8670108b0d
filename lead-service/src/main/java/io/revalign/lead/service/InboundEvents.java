package io.revalign.lead.service;

import io.revalign.common.bulk.BulkLedger;
import io.revalign.common.bulk.BulkRecord;
import io.revalign.common.bulk.BulkResult;
import io.revalign.common.bulk.BulkStatus;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import io.revalign.lead.domain.ActivityType;
import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadData;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.domain.hubspot.HubSpotContact;
import io.revalign.lead.domain.hubspot.HubSpotEvent;
import io.revalign.lead.domain.hubspot.HubSpotSignature;
import io.revalign.lead.repository.HubSpotInbox;
import io.revalign.lead.repository.HubSpotInbox.Outcome;
import io.revalign.lead.repository.HubSpotInbox.Stamped;
import io.revalign.lead.repository.LeadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HubSpot webhook events: stored as they arrive (a redelivered eventId is dropped), then worked off
 * in batches. A batch merges each contact's property changes into what is known of it (newest change
 * wins), upserts the contacts that have an email as leads ({@code HUBSPOT}, objectId) and records
 * mapped engagement properties as activities. Every event ends with an outcome: APPLIED, WAITING (no
 * email yet), REFUSED (a value the lead cannot take), IGNORED (not mapped) or FAILED (no lead for an
 * activity).
 */
@ApplicationScoped
public class HubSpotInbound {

    private final HubSpotInbox inbox;
    private final LeadRepository leads;
    private final LeadService leadService;
    private final ActivityService activityService;
    private final Map<String, HubSpotContact.LeadField> fields;
    private final Map<String, ActivityType> activities;
    private final int batchSize;
    private final HubSpotConfig config;
    private final Clock clock;

    public HubSpotInbound(
            HubSpotInbox inbox,
            LeadRepository leads,
            LeadService leadService,
            ActivityService activityService,
            HubSpotConfig config,
            Clock clock) {
        this.config = config;
        this.clock = clock;
        this.inbox = inbox;
        this.leads = leads;
        this.leadService = leadService;
        this.activityService = activityService;
        this.fields = config.properties().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> HubSpotContact.LeadField.named(e.getValue())));
        this.activities = config.activities().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ActivityType.valueOf(e.getValue())));
        this.batchSize = config.batchSize();
    }

    /**
     * Checks a webhook request's v3 signature: 403 when no client secret is configured, 401 when the
     * signature or timestamp is missing, wrong or too old. {@code requestUri} is the URL the request
     * reached, used when no webhook URL is configured.
     */
    public void verify(String method, URI requestUri, byte[] body, String timestamp, String signature) {
        String secret = config.clientSecret()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.FORBIDDEN,
                        "HubSpot webhooks are not enabled here: the operator sets REVALIGN_HUBSPOT_CLIENT_SECRET"));
        String uri = config.webhookUrl().orElse(requestUri).toString();
        Duration maxAge = config.maxAge();
        HubSpotSignature.Verdict verdict =
                HubSpotSignature.check(secret, method, uri, body, timestamp, signature, clock.instant(), maxAge);
        switch (verdict) {
            case VALID -> {}
            case MISSING ->
                throw new ProblemException(
                        ProblemType.UNAUTHORIZED,
                        "Send X-HubSpot-Signature-v3 and X-HubSpot-Request-Timestamp; HubSpot signs every request");
            case STALE ->
                throw new ProblemException(
                        ProblemType.UNAUTHORIZED,
                        "X-HubSpot-Request-Timestamp is more than " + maxAge.toMinutes() + " minutes from now");
            case MISMATCH ->
                throw new ProblemException(
                        ProblemType.UNAUTHORIZED, "X-HubSpot-Signature-v3 does not match this request");
        }
    }

    /** Queues the events; returns how many were new. */
    @Transactional
    public int accept(List<HubSpotEvent> events) {
        return inbox.store(events);
    }

    /** Works off one batch of queued events; returns how many it took (0: nothing was waiting). */
    @Transactional
    public int work() {
        List<HubSpotEvent> events = inbox.claim(batchSize);
        if (events.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<Long, String> outcomes = new LinkedHashMap<>();
        Map<Long, String> details = new HashMap<>();
        Map<Long, List<HubSpotEvent>> contactEvents = new LinkedHashMap<>();
        List<HubSpotEvent> engagements = new ArrayList<>();
        for (HubSpotEvent event : events) {
            if (event.isPropertyChange() && fields.containsKey(event.propertyName())) {
                contactEvents
                        .computeIfAbsent(event.objectId(), id -> new ArrayList<>())
                        .add(event);
            } else if (event.isPropertyChange() && activities.containsKey(event.propertyName())) {
                engagements.add(event);
            } else if (HubSpotEvent.CONTACT_CREATION.equals(event.subscriptionType())) {
                contactEvents
                        .computeIfAbsent(event.objectId(), id -> new ArrayList<>())
                        .add(event);
            } else {
                outcomes.put(event.eventId(), "IGNORED");
                details.put(
                        event.eventId(),
                        "not mapped: " + event.subscriptionType()
                                + (event.propertyName() == null ? "" : " " + event.propertyName()));
            }
        }
        applyContacts(contactEvents, now, outcomes, details);
        recordEngagements(engagements, outcomes, details);
        inbox.finish(
                events.stream()
                        .map(e -> new Outcome(e.eventId(), outcomes.get(e.eventId()), details.get(e.eventId())))
                        .toList(),
                now);
        return events.size();
    }

    private void applyContacts(
            Map<Long, List<HubSpotEvent>> contactEvents,
            Instant now,
            Map<Long, String> outcomes,
            Map<Long, String> details) {
        if (contactEvents.isEmpty()) {
            return;
        }
        Map<Long, Map<String, Stamped>> contacts = inbox.lockContacts(contactEvents.keySet());
        List<BulkRecord<UpsertLead>> upserts = new ArrayList<>();
        Map<Integer, Long> contactOfRecord = new HashMap<>();
        Map<String, Lead> existing = leads.readByExternalIds(
                LeadSource.HUBSPOT,
                contactEvents.keySet().stream().map(id -> Long.toString(id)).toList());
        contactEvents.forEach((objectId, changes) -> {
            Map<String, Stamped> collected = contacts.computeIfAbsent(objectId, id -> new HashMap<>());
            changes.stream()
                    .filter(HubSpotEvent::isPropertyChange)
                    .forEach(change -> collected.merge(
                            change.propertyName(),
                            new Stamped(
                                    change.propertyValue(), change.occurredAt().toEpochMilli()),
                            (kept, offered) -> offered.at() >= kept.at() ? offered : kept));
            ExternalReference reference = reference(objectId);
            Lead lead = existing.get(reference.externalId());
            LeadData current = lead == null ? null : LeadData.of(lead);
            HubSpotContact.Mapping mapping = HubSpotContact.toLeadData(values(collected), fields, current);
            String outcome;
            String detail;
            if (mapping instanceof HubSpotContact.Ready ready) {
                contactOfRecord.put(upserts.size(), objectId);
                upserts.add(new BulkRecord<>(upserts.size(), new UpsertLead(reference, ready.data(), null)));
                outcome = "APPLIED";
                detail = ready.notes().isEmpty() ? null : String.join("; ", ready.notes());
            } else if (mapping instanceof HubSpotContact.Refused refused) {
                outcome = "REFUSED";
                detail = refused.property() + " " + refused.message();
            } else {
                outcome = "WAITING";
                detail = ((HubSpotContact.Waiting) mapping).reason();
            }
            changes.forEach(change -> {
                outcomes.put(change.eventId(), outcome);
                details.put(change.eventId(), detail);
            });
        });
        inbox.saveContacts(contacts, now);
        BulkLedger ledger = new BulkLedger(upserts.size());
        leadService.upsertAll(upserts, ledger);
        for (BulkResult result : ledger.response().results()) {
            if (result.status() == BulkStatus.FAILED) {
                long objectId = contactOfRecord.get(result.index());
                String why = result.errors().get(0).field() + " "
                        + result.errors().get(0).message();
                contactEvents.get(objectId).forEach(change -> {
                    outcomes.put(change.eventId(), "REFUSED");
                    details.put(change.eventId(), why);
                });
            }
        }
    }

    private void recordEngagements(
            List<HubSpotEvent> engagements, Map<Long, String> outcomes, Map<Long, String> details) {
        if (engagements.isEmpty()) {
            return;
        }
        List<BulkRecord<RecordActivity>> records = new ArrayList<>();
        for (HubSpotEvent event : engagements) {
            records.add(new BulkRecord<>(
                    records.size(),
                    new RecordActivity(
                            null,
                            reference(event.objectId()),
                            activities.get(event.propertyName()),
                            event.occurredAt(),
                            "hubspot-" + event.eventId())));
        }
        BulkLedger ledger = new BulkLedger(records.size());
        activityService.recordAll(records, ledger);
        for (BulkResult result : ledger.response().results()) {
            HubSpotEvent event = engagements.get(result.index());
            boolean failed = result.status() == BulkStatus.FAILED;
            outcomes.put(event.eventId(), failed ? "FAILED" : "APPLIED");
            details.put(
                    event.eventId(),
                    failed ? "no lead for HubSpot contact " + event.objectId() + " yet" : "activity " + result.id());
        }
    }

    private static Map<String, String> values(Map<String, Stamped> collected) {
        Map<String, String> values = new HashMap<>();
        collected.forEach((property, stamped) -> values.put(property, stamped.value()));
        return values;
    }

    private static ExternalReference reference(long objectId) {
        return new ExternalReference(LeadSource.HUBSPOT, Long.toString(objectId));
    }
}
