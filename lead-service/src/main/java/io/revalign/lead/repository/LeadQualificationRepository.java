package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.qualification.LeadQualification;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Leads' current qualifications, by lead id. */
@ApplicationScoped
public class LeadQualificationRepository implements PanacheRepositoryBase<LeadQualification, UUID> {}
