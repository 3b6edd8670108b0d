package io.revalign.lead.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.qualification.Explanation;
import io.revalign.lead.domain.qualification.LeadOutcome;
import io.revalign.lead.domain.qualification.LeadQualification;
import io.revalign.lead.domain.qualification.LeadTransition;
import io.revalign.lead.domain.qualification.RecordedOutcome;
import io.revalign.lead.repository.HandoffRepository;
import io.revalign.lead.repository.LeadQualificationRepository;
import io.revalign.lead.repository.LeadRepository;
import io.revalign.lead.repository.LeadTransitionRepository;
import io.revalign.lead.repository.OutcomeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A lead's qualification as last scored, its stage transitions, and its recorded outcome. */
@ApplicationScoped
public class LeadQualifications {

    private final LeadRepository leads;
    private final LeadQualificationRepository qualifications;
    private final LeadTransitionRepository transitions;
    private final OutcomeRepository outcomes;
    private final HandoffRepository handoffs;
    private final ObjectMapper mapper;
    private final Clock clock;

    public LeadQualifications(
            LeadRepository leads,
            LeadQualificationRepository qualifications,
            LeadTransitionRepository transitions,
            OutcomeRepository outcomes,
            HandoffRepository handoffs,
            ObjectMapper mapper,
            Clock clock) {
        this.leads = leads;
        this.qualifications = qualifications;
        this.transitions = transitions;
        this.outcomes = outcomes;
        this.handoffs = handoffs;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A lead's stored qualification with its explanation read back. */
    public record Qualified(Lead lead, LeadQualification qualification, Explanation explanation) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Qualified qualification(UUID leadId) {
        Lead lead = lead(leadId);
        LeadQualification qualification = qualifications
                .findByIdOptional(leadId)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND,
                        "Lead " + leadId + " has not been scored yet: no qualification definition was active when it"
                                + " last changed. Activate one (it re-scores every lead) or wait for its re-scoring"
                                + " job."));
        try {
            return new Qualified(lead, qualification, mapper.readValue(qualification.explanation, Explanation.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored explanation does not read back", e);
        }
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

    private Lead lead(UUID id) {
        return leads.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Lead", id));
    }
}
