package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.handoff.RejectionReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The managed list of rejection reasons, by code. */
@ApplicationScoped
public class RejectionReasonRepository implements PanacheRepositoryBase<RejectionReason, String> {

    /** Every reason, active ones first, then by code. */
    public List<RejectionReason> all() {
        return list("order by active desc, code");
    }
}
