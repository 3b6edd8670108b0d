package io.revalign.lead.service;

import io.revalign.common.bulk.BulkLedger;
import io.revalign.common.bulk.BulkRecord;
import io.revalign.common.bulk.BulkResult;
import io.revalign.common.bulk.BulkStatus;
import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadData;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.domain.inbound.InboundContact;
import io.revalign.lead.domain.inbound.InboundEvent;
import io.revalign.lead.domain.inbound.InboundEvent.ContactKey;
import io.revalign.lead.domain.inbound.InboundMapping;
import io.revalign.lead.repository.InboundInbox;
import io.revalign.lead.repository.InboundInbox.Outcome;
import io.revalign.lead.repository.InboundInbox.Stamped;
import io.revalign.lead.repository.LeadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CRM contact events of every inbound source (HubSpot's webhooks, the generic Standard Webhooks
 * sources): stored as they arrive (a redelivered event is dropped by its key), then worked off in
 * batches. A batch merges each contact's property changes into what is known of it (newest change
 * wins), upserts the contacts that have an email as leads (the source's lead source, the contact's
 * id) and records mapped engagement properties as activities, each source with its own mapping.
 * Every event ends with an outcome: APPLIED, WAITING (no email yet), REFUSED (a value the lead
 * cannot take), IGNORED (not mapped) or FAILED (no lead for an activity).
 */
@ApplicationScoped
public class InboundEvents {

    /** The source name of HubSpot's events. */
    public static final String HUBSPOT = "hubspot";

    private final InboundInbox inbox;
    private final LeadRepository leads;
    private final LeadService leadService;
    private final ActivityService activityService;
    private final Map<String, InboundMapping> mappings;
    private final int batchSize;

    public InboundEvents(
            InboundInbox inbox,
            LeadRepository leads,
            LeadService leadService,
            ActivityService activityService,
            HubSpotConfig hubSpot,
            InboundConfig sources) {
        this.inbox = inbox;
        this.leads = leads;
        this.leadService = leadService;
        this.activityService = activityService;
        this.mappings = mappings(hubSpot, sources);
        this.batchSize = hubSpot.batchSize();
    }

    /** HubSpot's mapping, and each generic source's (its own properties and activities, else HubSpot's). */
    static Map<String, InboundMapping> mappings(HubSpotConfig hubSpot, InboundConfig sources) {
        Map<String, InboundMapping> mappings = new HashMap<>();
        mappings.put(
                HUBSPOT, InboundMapping.of(LeadSource.HUBSPOT, hubSpot.properties(), hubSpot.activities(), HUBSPOT));
        sources.sources().forEach((name, source) -> {
            if (HUBSPOT.equals(name)) {
                throw new IllegalArgumentException(
                        "revalign.inbound.sources.hubspot: HubSpot has its own endpoint and settings (revalign.hubspot)");
            }
            source.secret()
                    .filter(secret -> !secret.isBlank()
                            && !io.revalign.common.security.StandardWebhookSignature.isWellFormed(secret))
                    .ifPresent(secret -> {
                        throw new IllegalArgumentException("revalign.inbound.sources." + name
                                + ".secret: a Standard Webhooks secret is whsec_ followed by base64");
                    });
            String leadSource = source.leadSource().orElse(name.toUpperCase(Locale.ROOT));
            LeadSource mapped;
            try {
                mapped = LeadSource.valueOf(leadSource);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("revalign.inbound.sources." + name + ".lead-source: no lead source "
                        + leadSource + "; one of " + java.util.Arrays.toString(LeadSource.values()));
            }
            boolean ownFields = !source.properties().isEmpty();
            boolean ownActivities = !source.activities().isEmpty();
            mappings.put(
                    name,
                    InboundMapping.of(
                            mapped,
                            ownFields ? source.properties() : hubSpot.properties(),
                            ownActivities ? source.activities() : hubSpot.activities(),
                            name));
        });
        return Map.copyOf(mappings);
    }

    /** Whether {@code source} is a configured generic source. */
    public boolean isSource(String source) {
        return source != null && !HUBSPOT.equals(source) && mappings.containsKey(source);
    }

    /** Queues the events; returns how many were new. */
    @Transactional
    public int accept(List<InboundEvent> events) {
        return inbox.store(events);
    }

    /** Works off one batch of queued events; returns how many it took (0: nothing was waiting). */
    @Transactional
    public int work() {
        List<InboundEvent> events = inbox.claim(batchSize);
        if (events.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Results results = new Results();
        Map<ContactKey, List<InboundEvent>> contactEvents = new LinkedHashMap<>();
        List<InboundEvent> engagements = new ArrayList<>();
        for (InboundEvent event : events) {
            InboundMapping mapping = mappings.get(event.source());
            if (mapping == null) {
                results.put(event, "IGNORED", "source " + event.source() + " is no longer configured");
            } else if (event.isPropertyChange() && mapping.fields().containsKey(event.propertyName())) {
                contactEvents
                        .computeIfAbsent(event.contact(), c -> new ArrayList<>())
                        .add(event);
            } else if (event.isPropertyChange() && mapping.activities().containsKey(event.propertyName())) {
                engagements.add(event);
            } else if (event.isContactCreation()) {
                contactEvents
                        .computeIfAbsent(event.contact(), c -> new ArrayList<>())
                        .add(event);
            } else {
                results.put(
                        event,
                        "IGNORED",
                        "not mapped: " + event.eventType()
                                + (event.propertyName() == null ? "" : " " + event.propertyName()));
            }
        }
        applyContacts(contactEvents, now, results);
        recordEngagements(engagements, results);
        inbox.finish(
                events.stream()
                        .map(e -> new Outcome(
                                e.source(), e.eventKey(), results.outcomes.get(key(e)), results.details.get(key(e))))
                        .toList(),
                now);
        return events.size();
    }

    private void applyContacts(Map<ContactKey, List<InboundEvent>> contactEvents, Instant now, Results results) {
        if (contactEvents.isEmpty()) {
            return;
        }
        Map<ContactKey, Map<String, Stamped>> contacts = inbox.lockContacts(contactEvents.keySet());
        List<BulkRecord<UpsertLead>> upserts = new ArrayList<>();
        Map<Integer, ContactKey> contactOfRecord = new HashMap<>();
        Map<ContactKey, Lead> existing = existingLeads(contactEvents.keySet());
        contactEvents.forEach((contact, changes) -> {
            InboundMapping mapping = mappings.get(contact.source());
            Map<String, Stamped> collected = contacts.computeIfAbsent(contact, c -> new HashMap<>());
            changes.stream()
                    .filter(InboundEvent::isPropertyChange)
                    .forEach(change -> collected.merge(
                            change.propertyName(),
                            new Stamped(
                                    change.propertyValue(), change.occurredAt().toEpochMilli()),
                            (kept, offered) -> offered.at() >= kept.at() ? offered : kept));
            Lead lead = existing.get(contact);
            LeadData current = lead == null ? null : LeadData.of(lead);
            InboundContact.Mapping mapped = InboundContact.toLeadData(values(collected), mapping.fields(), current);
            String outcome;
            String detail;
            if (mapped instanceof InboundContact.Ready ready) {
                contactOfRecord.put(upserts.size(), contact);
                upserts.add(new BulkRecord<>(
                        upserts.size(), new UpsertLead(reference(mapping, contact), ready.data(), null)));
                outcome = "APPLIED";
                detail = ready.notes().isEmpty() ? null : String.join("; ", ready.notes());
            } else if (mapped instanceof InboundContact.Refused refused) {
                outcome = "REFUSED";
                detail = refused.property() + " " + refused.message();
            } else {
                outcome = "WAITING";
                detail = ((InboundContact.Waiting) mapped).reason();
            }
            changes.forEach(change -> results.put(change, outcome, detail));
        });
        inbox.saveContacts(contacts, now);
        BulkLedger ledger = new BulkLedger(upserts.size());
        leadService.upsertAll(upserts, ledger);
        for (BulkResult result : ledger.response().results()) {
            if (result.status() == BulkStatus.FAILED) {
                String why = result.errors().get(0).field() + " "
                        + result.errors().get(0).message();
                contactEvents
                        .get(contactOfRecord.get(result.index()))
                        .forEach(change -> results.put(change, "REFUSED", why));
            }
        }
    }

    /** The leads of these contacts that exist, read per lead source in one query each. */
    private Map<ContactKey, Lead> existingLeads(java.util.Set<ContactKey> contacts) {
        Map<ContactKey, Lead> found = new HashMap<>();
        Map<String, List<ContactKey>> bySource = contacts.stream().collect(Collectors.groupingBy(ContactKey::source));
        bySource.forEach((source, keys) -> {
            Map<String, Lead> leadsById = leads.readByExternalIds(
                    mappings.get(source).leadSource(),
                    keys.stream().map(ContactKey::externalId).toList());
            keys.forEach(key -> {
                Lead lead = leadsById.get(key.externalId());
                if (lead != null) {
                    found.put(key, lead);
                }
            });
        });
        return found;
    }

    private void recordEngagements(List<InboundEvent> engagements, Results results) {
        if (engagements.isEmpty()) {
            return;
        }
        List<BulkRecord<RecordActivity>> records = new ArrayList<>();
        for (InboundEvent event : engagements) {
            InboundMapping mapping = mappings.get(event.source());
            records.add(new BulkRecord<>(
                    records.size(),
                    new RecordActivity(
                            null,
                            reference(mapping, event.contact()),
                            mapping.activities().get(event.propertyName()),
                            event.occurredAt(),
                            mapping.activityPrefix() + "-" + event.eventKey())));
        }
        BulkLedger ledger = new BulkLedger(records.size());
        activityService.recordAll(records, ledger);
        for (BulkResult result : ledger.response().results()) {
            InboundEvent event = engagements.get(result.index());
            boolean failed = result.status() == BulkStatus.FAILED;
            results.put(
                    event,
                    failed ? "FAILED" : "APPLIED",
                    failed
                            ? "no lead for " + event.source() + " contact " + event.externalId() + " yet"
                            : "activity " + result.id());
        }
    }

    /** The outcome and detail of each event of a batch, by (source, event key). */
    private static final class Results {
        final Map<String, String> outcomes = new HashMap<>();
        final Map<String, String> details = new HashMap<>();

        void put(InboundEvent event, String outcome, String detail) {
            outcomes.put(key(event), outcome);
            details.put(key(event), detail);
        }
    }

    private static String key(InboundEvent event) {
        return event.source() + "\n" + event.eventKey();
    }

    private static Map<String, String> values(Map<String, Stamped> collected) {
        Map<String, String> values = new HashMap<>();
        collected.forEach((property, stamped) -> values.put(property, stamped.value()));
        return values;
    }

    private static ExternalReference reference(InboundMapping mapping, ContactKey contact) {
        return new ExternalReference(mapping.leadSource(), contact.externalId());
    }
}
