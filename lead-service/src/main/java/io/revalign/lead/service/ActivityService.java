package io.revalign.lead.service;

import io.revalign.common.bulk.BulkLedger;
import io.revalign.common.bulk.BulkRecord;
import io.revalign.common.bulk.BulkResult;
import io.revalign.common.bulk.BulkStatus;
import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.lead.domain.Activity;
import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.repository.ActivityRepository;
import io.revalign.lead.repository.LeadRepository;
import io.revalign.lead.repository.LeadWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Recording a lead's engagement events, one at a time or in bulk, and reading them newest first. */
@ApplicationScoped
public class ActivityService {

    private final ActivityRepository activities;
    private final LeadRepository leads;
    private final LeadWriter writer;
    private final LeadQualifier qualifier;

    public ActivityService(
            ActivityRepository activities, LeadRepository leads, LeadWriter writer, LeadQualifier qualifier) {
        this.activities = activities;
        this.leads = leads;
        this.writer = writer;
        this.qualifier = qualifier;
    }

    /** The activity recorded, and whether it is new (false: its external event was known already). */
    public record Recorded(Activity activity, boolean created) {}

    /** Records one activity on lead {@code command.leadId()}; 404 for an unknown lead. */
    @Transactional
    public Recorded record(RecordActivity command) {
        BulkLedger ledger = new BulkLedger(1);
        Map<Integer, Activity> written = recordAll(List.of(new BulkRecord<>(0, command)), ledger);
        BulkResult result = ledger.response().results().get(0);
        if (result.status() == BulkStatus.FAILED) {
            throw ProblemException.notFound("Lead", command.leadId());
        }
        return new Recorded(written.get(0), result.status() == BulkStatus.CREATED);
    }

    /**
     * Records {@code records} with one lookup of their leads and one multi-row insert; a record whose
     * lead is unknown FAILS, one whose external event is known is UNCHANGED (with the known id).
     */
    @Transactional
    public Map<Integer, Activity> recordAll(List<BulkRecord<RecordActivity>> records, BulkLedger ledger) {
        Set<UUID> byId = leadsById(records);
        Map<ExternalReference, UUID> byReference = leadsByReference(records);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<Integer, Activity> pending = new HashMap<>();
        for (BulkRecord<RecordActivity> record : records) {
            RecordActivity command = record.value();
            UUID leadId = command.leadId() != null
                    ? (byId.contains(command.leadId()) ? command.leadId() : null)
                    : byReference.get(command.reference());
            if (leadId == null) {
                ledger.failed(
                        record.index(),
                        command.leadId() != null ? "leadId" : "externalId",
                        "names no lead: record the lead first, then its activities");
                continue;
            }
            Activity activity = new Activity();
            activity.id = writer.newId();
            activity.leadId = leadId;
            activity.type = command.type();
            activity.occurredAt = command.occurredAt().truncatedTo(ChronoUnit.MICROS);
            activity.externalEventId = command.externalEventId();
            activity.recordedAt = now;
            pending.put(record.index(), activity);
        }
        Set<UUID> created = activities.insertNew(new ArrayList<>(pending.values()));
        qualifier.qualify(pending.values().stream()
                .filter(a -> created.contains(a.id))
                .map(a -> a.leadId)
                .collect(java.util.stream.Collectors.toSet()));
        Map<List<Object>, Activity> known = knownEvents(pending.values(), created);
        Map<Integer, Activity> written = new HashMap<>();
        pending.forEach((index, activity) -> {
            if (created.contains(activity.id)) {
                ledger.created(index, activity.id);
                written.put(index, activity);
            } else {
                Activity recorded = known.get(List.of(activity.leadId, activity.externalEventId));
                ledger.unchanged(index, recorded.id);
                written.put(index, recorded);
            }
        });
        return written;
    }

    /** A page of the lead's activities, newest first; 404 for an unknown lead. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Activity> newestFirst(UUID leadId, String after, int limit) {
        Lead lead = leads.findByIdOptional(leadId).orElseThrow(() -> ProblemException.notFound("Lead", leadId));
        String list = "activities of " + lead.id;
        UUID afterId = Cursor.decode(after, list);
        Activity from = afterId == null
                ? null
                : activities
                        .findOnLead(leadId, afterId)
                        .orElseThrow(() -> ProblemException.invalid("after", "is not a cursor of this list"));
        return Page.of(activities.newestFirst(leadId, from, limit + 1), limit, activity -> activity.id, list);
    }

    /** The recorded activities of the external events that were not new, by (lead id, external event id). */
    private Map<List<Object>, Activity> knownEvents(Collection<Activity> pending, Set<UUID> created) {
        List<Activity> known =
                pending.stream().filter(a -> !created.contains(a.id)).toList();
        Map<List<Object>, Activity> byEvent = new HashMap<>();
        activities
                .findByExternalEvents(
                        known.stream().map(a -> a.leadId).distinct().toList(),
                        known.stream().map(a -> a.externalEventId).distinct().toList())
                .forEach(a -> byEvent.put(List.of(a.leadId, a.externalEventId), a));
        return byEvent;
    }

    private Set<UUID> leadsById(List<BulkRecord<RecordActivity>> records) {
        return leads.existingIds(records.stream()
                .map(r -> r.value().leadId())
                .filter(id -> id != null)
                .distinct()
                .toList());
    }

    private Map<ExternalReference, UUID> leadsByReference(List<BulkRecord<RecordActivity>> records) {
        Map<LeadSource, List<String>> bySource = new HashMap<>();
        records.stream()
                .map(BulkRecord::value)
                .filter(c -> c.leadId() == null && c.reference() != null)
                .forEach(c -> bySource.computeIfAbsent(c.reference().source(), s -> new ArrayList<>())
                        .add(c.reference().externalId()));
        Map<ExternalReference, UUID> found = new HashMap<>();
        bySource.forEach((source, externalIds) -> found.putAll(leads.idsByReference(source, externalIds)));
        return found;
    }
}
