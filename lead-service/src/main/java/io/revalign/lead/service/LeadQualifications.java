package io.revalign.lead.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.bulk.BulkLedger;
import io.revalign.common.bulk.BulkRecord;
import io.revalign.common.bulk.BulkStatus;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.qualification.CosignedVersion;
import io.revalign.lead.domain.qualification.Explanation;
import io.revalign.lead.domain.qualification.LeadOutcome;
import io.revalign.lead.domain.qualification.LeadTransition;
import io.revalign.lead.domain.qualification.RecordedOutcome;
import io.revalign.lead.domain.qualification.ScoringEngine;
import io.revalign.lead.repository.CosignedVersionRepository;
import io.revalign.lead.repository.HandoffRepository;
import io.revalign.lead.repository.LeadRepository;
import io.revalign.lead.repository.LeadTransitionRepository;
import io.revalign.lead.repository.OutcomeRepository;
import io.revalign.lead.repository.ScoringRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A lead's qualification as last scored, its stage transitions, and its recorded outcome. */
@ApplicationScoped
public class LeadQualifications {

    private final LeadRepository leads;
    private final ScoringRepository scoring;
    private final CosignedVersionRepository versions;
    private final QualificationDefinitions definitions;
    private final LeadTransitionRepository transitions;
    private final OutcomeRepository outcomes;
    private final HandoffRepository handoffs;
    private final LeadLookup lookup;
    private final ObjectMapper mapper;
    private final Clock clock;

    public LeadQualifications(
            LeadRepository leads,
            ScoringRepository scoring,
            CosignedVersionRepository versions,
            QualificationDefinitions definitions,
            LeadTransitionRepository transitions,
            OutcomeRepository outcomes,
            HandoffRepository handoffs,
            LeadLookup lookup,
            ObjectMapper mapper,
            Clock clock) {
        this.leads = leads;
        this.scoring = scoring;
        this.versions = versions;
        this.definitions = definitions;
        this.transitions = transitions;
        this.outcomes = outcomes;
        this.handoffs = handoffs;
        this.lookup = lookup;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A lead's stored qualification: the definition that scored it, when, and the explanation. */
    public record Qualified(Lead lead, UUID definitionId, Instant scoredAt, Explanation explanation) {}

    /** The lead's qualification explained: its stored scorecard expanded with the rules of the definition that scored it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Qualified qualification(UUID leadId) {
        Lead lead = lead(leadId);
        ScoringRepository.Stored stored = scoring.stored(leadId)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND,
                        "Lead " + leadId + " has not been scored yet: no qualification definition was active when it"
                                + " last changed. Activate one (it re-scores every lead) or wait for its re-scoring"
                                + " job."));
        return new Qualified(lead, stored.definitionId(), stored.scoredAt(), explanation(stored));
    }

    private Explanation explanation(ScoringRepository.Stored stored) {
        if (stored.scorecard() == null) { // scored before scorecards were stored
            try {
                return mapper.readValue(stored.explanationJson(), Explanation.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored explanation does not read back", e);
            }
        }
        CosignedVersion definition = versions.findById(stored.definitionId());
        return ScoringEngine.explain(stored.definitionVersion(), definitions.rules(definition), stored.scorecard());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LeadTransition> transitions(UUID leadId) {
        lead(leadId);
        return transitions.ofLead(leadId);
    }

    /**
     * Records (or replaces) what became of a lead; at least one of the two must be known. Sales' verdict
     * on a lead whose hand-off was answered is that answer: one that differs is refused (409), and a later
     * answer overwrites it, so the hand-offs and the backtests' outcomes never disagree.
     */
    @Transactional
    public RecordedOutcome recordOutcome(UUID leadId, LeadOutcome outcome, Actor actor) {
        leads.findForUpdate(leadId).orElseThrow(() -> ProblemException.notFound("Lead", leadId));
        if (!outcome.known()) {
            throw ProblemException.invalid("salesVerdict", "give salesVerdict, dealOutcome or both");
        }
        if (outcome.salesVerdict() != null) {
            refuseVerdictAgainstHandoff(leadId, outcome.salesVerdict());
        }
        RecordedOutcome recorded = outcomes.findByIdOptional(leadId).orElse(null);
        boolean fresh = recorded == null;
        if (fresh) {
            recorded = new RecordedOutcome();
            recorded.leadId = leadId;
        }
        recorded.salesVerdict = outcome.salesVerdict();
        recorded.dealOutcome = outcome.dealOutcome();
        recorded.recordedBy = actor.name();
        recorded.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (fresh) {
            outcomes.persist(recorded);
        }
        return recorded;
    }

    private void refuseVerdictAgainstHandoff(UUID leadId, LeadOutcome.SalesVerdict verdict) {
        handoffs.lastAnsweredOf(leadId).ifPresent(last -> {
            LeadOutcome.SalesVerdict answered = Boolean.TRUE.equals(last.salesAccepted())
                    ? LeadOutcome.SalesVerdict.ACCEPTED
                    : LeadOutcome.SalesVerdict.REJECTED;
            if (answered != verdict) {
                throw ProblemException.conflict("Sales answered hand-off " + last.id + " of lead " + leadId + " with "
                        + last.state + " (salesVerdict " + answered + "); an outcome cannot say " + verdict);
            }
        });
    }

    /**
     * Records the outcomes of a bulk import (leads by id or CRM reference): CREATED, UPDATED, UNCHANGED
     * (the lead already had exactly this outcome) or FAILED (no such lead, nothing known). One lookup of
     * the leads and one upsert per round; a lead named twice is applied in input order, a round each.
     */
    @Transactional
    public void importOutcomes(List<BulkRecord<ImportOutcome>> records, BulkLedger ledger, Actor actor) {
        LeadLookup.Found found = lookup.find(
                records.stream().map(r -> r.value().leadId()).toList(),
                records.stream()
                        .filter(r -> r.value().leadId() == null)
                        .map(r -> r.value().reference())
                        .toList());
        List<Map<UUID, BulkRecord<ImportOutcome>>> rounds = new ArrayList<>();
        for (BulkRecord<ImportOutcome> record : records) {
            ImportOutcome command = record.value();
            UUID leadId = found.lead(command.leadId(), command.reference());
            if (leadId == null) {
                ledger.failed(
                        record.index(),
                        command.leadId() != null ? "leadId" : "externalId",
                        "names no lead: import the lead first, then its outcome");
            } else if (!command.outcome().known()) {
                ledger.failed(record.index(), "salesVerdict", "give salesVerdict, dealOutcome or both");
            } else {
                rounds.stream()
                        .filter(round -> !round.containsKey(leadId))
                        .findFirst()
                        .orElseGet(() -> {
                            rounds.add(new LinkedHashMap<>());
                            return rounds.get(rounds.size() - 1);
                        })
                        .put(leadId, record);
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (Map<UUID, BulkRecord<ImportOutcome>> round : rounds) {
            Map<UUID, LeadOutcome> outcomes = new LinkedHashMap<>();
            round.forEach(
                    (leadId, record) -> outcomes.put(leadId, record.value().outcome()));
            Map<UUID, BulkStatus> written = this.outcomes.upsert(outcomes, actor.name(), now);
            round.forEach((leadId, record) ->
                    ledger.succeeded(record.index(), written.getOrDefault(leadId, BulkStatus.UNCHANGED), leadId));
        }
    }

    private Lead lead(UUID id) {
        return leads.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Lead", id));
    }
}
