package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.qualification.LeadQualification;
import io.revalign.lead.domain.qualification.QualificationSummary;
import io.revalign.lead.domain.qualification.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StatelessSession;

/** Leads' current qualifications, by lead id, and their summaries as shown with leads. */
@ApplicationScoped
public class LeadQualificationRepository implements PanacheRepositoryBase<LeadQualification, UUID> {

    @Inject
    StatelessSession reads;

    /** The summaries of those of {@code leadIds} that are scored, by lead id (one statement). */
    public Map<UUID, QualificationSummary> summaries(Collection<UUID> leadIds) {
        Map<UUID, QualificationSummary> summaries = new HashMap<>();
        if (leadIds.isEmpty()) {
            return summaries;
        }
        reads.createSelectionQuery(
                        "select q.leadId, q.score, q.verdict, q.definitionVersion, q.scoredAt from LeadQualification q"
                                + " where q.leadId in :ids",
                        Object[].class)
                .setParameterList("ids", leadIds)
                .getResultList()
                .forEach(row -> summaries.put((UUID) row[0], summary(row, 1)));
        return summaries;
    }

    private static QualificationSummary summary(Object[] row, int from) {
        if (row[from] == null) {
            return null;
        }
        return new QualificationSummary(
                (Double) row[from], (Verdict) row[from + 1], (Integer) row[from + 2], (Instant) row[from + 3]);
    }
}
