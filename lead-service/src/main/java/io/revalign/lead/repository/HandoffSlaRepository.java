package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.Segment;
import io.revalign.lead.domain.handoff.HandoffSla;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/** The first-touch SLA of each segment. */
@ApplicationScoped
public class HandoffSlaRepository implements PanacheRepositoryBase<HandoffSla, Segment> {

    /** Every segment's SLA, in the segments' order. */
    public List<HandoffSla> all() {
        return listAll().stream()
                .sorted(Comparator.comparing(sla -> sla.segment))
                .toList();
    }
}
