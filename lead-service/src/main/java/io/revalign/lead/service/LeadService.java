package io.revalign.lead.service;

import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.lead.domain.Bant;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadFilter;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.StartingStage;
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
        lead.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        lead.updatedAt = lead.createdAt;
        leads.persistAndFlush(lead);
        return lead;
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Lead get(UUID id) {
        return leads.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Lead", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Page<Lead> list(LeadFilter filter, String after, int limit) {
        return Page.of(leads.page(filter, Cursor.decode(after, filter), limit + 1), limit, lead -> lead.id, filter);
    }
}
