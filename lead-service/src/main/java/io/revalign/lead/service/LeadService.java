package io.revalign.lead.service;

import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.lead.api.LeadRequest;
import io.revalign.lead.api.LeadResponse;
import io.revalign.lead.domain.Bant;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.repository.LeadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.UUID;

/** Creating and reading leads. */
@ApplicationScoped
public class LeadService {

    private final LeadRepository leads;

    public LeadService(LeadRepository leads) {
        this.leads = leads;
    }

    @Transactional
    public LeadResponse create(LeadRequest request) {
        LifecycleStage stage = request.lifecycleStage() == null ? LifecycleStage.LEAD : request.lifecycleStage();
        if (stage != LifecycleStage.SUBSCRIBER && stage != LifecycleStage.LEAD) {
            throw ProblemException.invalid(
                    "lifecycleStage",
                    "a new lead starts as SUBSCRIBER or LEAD; later stages are reached through qualification");
        }
        if (request.externalId() != null) {
            leads.findByExternalReference(request.source(), request.externalId())
                    .ifPresent(existing -> {
                        throw ProblemException.conflict("Lead " + existing.id + " already has externalId "
                                + request.externalId() + " from " + request.source());
                    });
        }
        Lead lead = new Lead();
        lead.email = request.email().trim();
        lead.firstName = request.firstName();
        lead.lastName = request.lastName();
        lead.company = request.company();
        lead.title = request.title();
        lead.industry = request.industry();
        lead.companySize = request.companySize();
        lead.country = request.country();
        lead.source = request.source();
        lead.externalId = request.externalId();
        lead.bant = bantOf(request.bant());
        lead.attributes = request.attributes() == null ? new HashMap<>() : new HashMap<>(request.attributes());
        lead.lifecycleStage = stage;
        lead.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        lead.updatedAt = lead.createdAt;
        leads.persistAndFlush(lead);
        return LeadResponse.from(lead);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public LeadResponse get(UUID id) {
        return leads.findByIdOptional(id)
                .map(LeadResponse::from)
                .orElseThrow(() -> ProblemException.notFound("Lead", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Page<LeadResponse> list(LeadRepository.Filter filter, String after, int limit) {
        return Page.of(leads.page(filter, Cursor.decode(after), limit + 1), limit, lead -> lead.id, LeadResponse::from);
    }

    private static Bant bantOf(LeadRequest.BantAnswers answers) {
        Bant bant = new Bant();
        if (answers != null) {
            bant.budget = answers.budget() == null ? Bant.Budget.UNKNOWN : answers.budget();
            bant.authority = answers.authority() == null ? Bant.Authority.UNKNOWN : answers.authority();
            bant.need = answers.need() == null ? Bant.Need.UNKNOWN : answers.need();
            bant.timeline = answers.timeline() == null ? Bant.Timeline.UNKNOWN : answers.timeline();
        }
        return bant;
    }
}
