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
    private final ObjectMapper mapper;
    private final Clock clock;

    public LeadQualifications(
            LeadRepository leads,
            LeadQualificationRepository qualifications,
            LeadTransitionRepository transitions,
            OutcomeRepository outcomes,
            ObjectMapper mapper,
            Clock clock) {
        this.leads = leads;
        this.qualifications = qualifications;
        this.transitions = transitions;
        this.outcomes = outcomes;
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

    /** Records (or replaces) what became of a lead; at least one of the two must be known. */
    @Transactional
    public RecordedOutcome recordOutcome(UUID leadId, LeadOutcome outcome, Actor actor) {
        lead(leadId);
        if (!outcome.known()) {
            throw ProblemException.invalid("salesVerdict", "give salesVerdict, dealOutcome or both");
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

    private Lead lead(UUID id) {
        return leads.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Lead", id));
    }
}
