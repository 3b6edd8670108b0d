package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.qualification.RecordedOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Leads' recorded outcomes (sales' verdict, the deal's result), by lead id. */
@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<RecordedOutcome, UUID> {}
