package io.revalign.lead.service;

import io.revalign.common.bulk.BulkLedger;
import io.revalign.common.bulk.BulkRecord;
import io.revalign.common.bulk.BulkResult;
import io.revalign.common.bulk.BulkStatus;
import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.webhooks.Outbox;
import io.revalign.lead.domain.Bant;
import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadData;
import io.revalign.lead.domain.LeadFilter;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.StartingStage;
import io.revalign.lead.domain.qualification.QualificationSummary;
import io.revalign.lead.domain.qualification.ScoredLead;
import io.revalign.lead.domain.webhooks.LeadEventData;
import io.revalign.lead.domain.webhooks.LeadEvents;
import io.revalign.lead.repository.LeadQualificationRepository;
import io.revalign.lead.repository.LeadRepository;
import io.revalign.lead.repository.LeadWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Creating, reading, updating and upserting leads. */
@ApplicationScoped
public class LeadService {

    private final LeadRepository leads;
    private final LeadWriter writer;
    private final Outbox outbox;
    private final LeadQualifier qualifier;
    private final LeadQualificationRepository qualifications;

    public LeadService(
            LeadRepository leads,
            LeadWriter writer,
            Outbox outbox,
            LeadQualifier qualifier,
            LeadQualificationRepository qualifications) {
        this.leads = leads;
        this.writer = writer;
        this.outbox = outbox;
        this.qualifier = qualifier;
        this.qualifications = qualifications;
    }

    @Transactional
    public Lead create(CreateLead command) {
        LifecycleStage stage = StartingStage.of(command.lifecycleStage());
        if (!StartingStage.allows(stage)) {
            throw ProblemException.invalid("lifecycleStage", StartingStage.RULE);
        }
        if (command.externalId() != null) {
            leads.findByExternalReference(command.source(), command.externalId())
                    .ifPresent(existing -> {
                        throw ProblemException.conflict("Lead " + existing.id + " already has externalId "
                                + command.externalId() + " from " + command.source());
                    });
        }
        Lead lead = new Lead();
        lead.email = command.email().trim();
        lead.firstName = command.firstName();
        lead.lastName = command.lastName();
        lead.company = command.company();
        lead.title = command.title();
        lead.industry = command.industry();
        lead.companySize = command.companySize();
        lead.country = command.country();
        lead.source = command.source();
        lead.externalId = command.externalId();
        lead.bant = command.bant() == null ? new Bant() : command.bant();
        lead.attributes = command.attributes() == null ? new HashMap<>() : new HashMap<>(command.attributes());
        lead.lifecycleStage = stage;
        lead.createdAt = now();
        lead.updatedAt = lead.createdAt;
        leads.persistAndFlush(lead);
        qualify(List.of(lead));
        outbox.emit(LeadEvents.LEAD_CREATED, LeadEventData.of(lead));
        return lead;
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Lead get(UUID id) {
        return leads.read(id).orElseThrow(() -> ProblemException.notFound("Lead", id));
    }

    /** The lead with its qualification summary, in one statement on a connection of its own (no transaction). */
    public ScoredLead getScored(UUID id) {
        return leads.readScored(id).orElseThrow(() -> ProblemException.notFound("Lead", id));
    }

    /** The qualification summaries of those of these leads that are scored, by lead id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, QualificationSummary> qualificationsOf(Collection<UUID> leadIds) {
        return qualifications.summaries(leadIds);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Page<Lead> list(LeadFilter filter, String after, int limit) {
        return Page.of(leads.page(filter, Cursor.decode(after, filter), limit + 1), limit, lead -> lead.id, filter);
    }

    /**
     * Replaces what the lead says (not its identity, stage or score) when {@code ifMatch} names its
     * current version: 428 without it, 412 when stale. Identical values write nothing.
     */
    @Transactional
    public Lead replace(UUID id, String ifMatch, LeadData data) {
        Lead lead = leads.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Lead", id));
        IfMatch.of(ifMatch).check(lead.version);
        refuseIfErased(lead);
        refuseIfSourceUnknown(lead);
        if (lead.apply(data, now())) {
            leads.flush(); // the new version, for the ETag of the answer
            qualify(List.of(lead));
        }
        return lead;
    }

    /**
     * Erases the lead's personal data, keeping an anonymised row; erasing twice changes nothing.
     * Later updates of an erased lead are refused, so a CRM sync cannot bring the data back.
     */
    @Transactional
    public Lead erase(UUID id, String actor) {
        Lead lead = leads.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Lead", id));
        refuseIfSourceUnknown(lead);
        lead.erase(actor, now());
        return lead;
    }

    /** Creates or updates one lead by its CRM reference; concurrent upserts of one reference queue. */
    @Transactional
    public Upserted upsert(UpsertLead command) {
        BulkLedger ledger = new BulkLedger(1);
        Map<ExternalReference, Lead> written = upsertAll(List.of(new BulkRecord<>(0, command)), ledger);
        BulkResult result = ledger.response().results().get(0);
        Lead lead = written.get(command.reference());
        if (lead != null) {
            refuseIfErased(lead);
        }
        if (result.status() == BulkStatus.FAILED) {
            Problem.FieldError error = result.errors().get(0);
            throw ProblemException.invalid(error.field(), error.message());
        }
        return new Upserted(result.status(), lead);
    }

    /**
     * Upserts {@code records} by CRM reference, in input order, recording each one's outcome in
     * {@code ledger}: one locking statement, one multi-row insert for the new references, one locked
     * read of the existing ones, then batched updates of those that changed.
     */
    @Transactional
    public Map<ExternalReference, Lead> upsertAll(List<BulkRecord<UpsertLead>> records, BulkLedger ledger) {
        Instant now = now();
        Map<ExternalReference, BulkRecord<UpsertLead>> first = new LinkedHashMap<>();
        List<BulkRecord<UpsertLead>> accepted = new ArrayList<>();
        for (BulkRecord<UpsertLead> record : records) {
            LifecycleStage stage = StartingStage.of(record.value().startingStage());
            if (!StartingStage.allows(stage)) {
                ledger.failed(record.index(), "lifecycleStage", StartingStage.RULE);
                continue;
            }
            accepted.add(record);
            first.putIfAbsent(record.value().reference(), record);
        }
        if (accepted.isEmpty()) {
            return Map.of();
        }
        writer.lock(first.keySet());
        Set<ExternalReference> created = writer.insertAbsent(first.values().stream()
                .sorted(Comparator.comparing(r -> r.value().reference()))
                .map(r -> newLead(r.value(), now))
                .toList());
        Map<ExternalReference, Lead> current = lockExisting(first.keySet());
        Map<UUID, Lead> changed = new LinkedHashMap<>();
        outbox.emitAll(
                LeadEvents.LEAD_CREATED,
                created.stream()
                        .sorted()
                        .map(current::get)
                        .map(LeadEventData::of)
                        .toList());
        for (BulkRecord<UpsertLead> record : accepted) {
            ExternalReference reference = record.value().reference();
            Lead lead = current.get(reference);
            if (lead.erasedAt != null) {
                ledger.failed(record.index(), "externalId", erasedDetail(lead));
            } else if (created.contains(reference) && first.get(reference) == record) {
                ledger.created(record.index(), lead.id);
                changed.put(lead.id, lead);
            } else if (lead.apply(record.value().data(), now)) {
                ledger.updated(record.index(), lead.id);
                changed.put(lead.id, lead);
            } else {
                ledger.unchanged(record.index(), lead.id);
            }
        }
        leads.flush();
        qualify(changed.values());
        return current;
    }

    /** Scores the leads just written; those that moved to MQL are read again (new stage and version). */
    private void qualify(java.util.Collection<Lead> written) {
        Map<UUID, Lead> byId = new HashMap<>();
        written.forEach(lead -> byId.put(lead.id, lead));
        qualifier.qualify(byId.keySet()).forEach(id -> leads.getEntityManager().refresh(byId.get(id)));
    }

    private static void refuseIfErased(Lead lead) {
        if (lead.erasedAt != null) {
            throw ProblemException.conflict(erasedDetail(lead));
        }
    }

    /**
     * A lead stored with a source this version does not know (read as null) is read-only here: the
     * column's CHECK would refuse the row, and this version cannot say what the source is.
     */
    private static void refuseIfSourceUnknown(Lead lead) {
        if (lead.source == null) {
            throw ProblemException.conflict("Lead " + lead.id + " was stored with a source this version does not"
                    + " know; it can be read but not changed until the source is corrected or a version that knows"
                    + " it is deployed");
        }
    }

    private static String erasedDetail(Lead lead) {
        return "Lead " + lead.id + " was erased at " + lead.erasedAt + " and takes no more personal data";
    }

    private Map<ExternalReference, Lead> lockExisting(Set<ExternalReference> references) {
        Map<LeadSource, List<String>> bySource = new TreeMap<>();
        references.forEach(r ->
                bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r.externalId()));
        Map<ExternalReference, Lead> found = new HashMap<>();
        bySource.forEach((source, ids) -> leads.lockByExternalIds(source, ids)
                .forEach(lead -> found.put(new ExternalReference(lead.source, lead.externalId), lead)));
        return found;
    }

    private Lead newLead(UpsertLead command, Instant now) {
        Lead lead = new Lead();
        lead.id = writer.newId();
        lead.source = command.reference().source();
        lead.externalId = command.reference().externalId();
        lead.lifecycleStage = StartingStage.of(command.startingStage());
        lead.createdAt = now;
        lead.apply(command.data(), now);
        return lead;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
