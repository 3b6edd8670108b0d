package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.qualification.LeadTransition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Leads' recorded stage changes. */
@ApplicationScoped
public class LeadTransitionRepository implements PanacheRepositoryBase<LeadTransition, UUID> {

    /** A lead's transitions, oldest first. */
    public List<LeadTransition> ofLead(UUID leadId) {
        return list("leadId = ?1 order by at, id", leadId);
    }
}
