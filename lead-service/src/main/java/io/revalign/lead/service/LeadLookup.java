package io.revalign.lead.service;

import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.repository.LeadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Finds the leads a bulk request names by id or by CRM reference: one query for the ids, one per source. */
@ApplicationScoped
public class LeadLookup {

    private final LeadRepository leads;

    public LeadLookup(LeadRepository leads) {
        this.leads = leads;
    }

    /** The leads found: those of the ids that exist, and the ids of the references that name a lead. */
    public record Found(Set<UUID> ids, Map<ExternalReference, UUID> byReference) {

        /** The lead named by {@code id}, or when it is null by {@code reference}; null when it names no lead. */
        public UUID lead(UUID id, ExternalReference reference) {
            if (id != null) {
                return ids.contains(id) ? id : null;
            }
            return reference == null ? null : byReference.get(reference);
        }
    }

    public Found find(Collection<UUID> ids, Collection<ExternalReference> references) {
        Set<UUID> existing = leads.existingIds(
                ids.stream().filter(Objects::nonNull).distinct().toList());
        Map<LeadSource, List<String>> bySource = new HashMap<>();
        references.stream().filter(Objects::nonNull).forEach(r -> bySource.computeIfAbsent(
                        r.source(), s -> new ArrayList<>())
                .add(r.externalId()));
        Map<ExternalReference, UUID> found = new HashMap<>();
        bySource.forEach((source, externalIds) -> found.putAll(leads.idsByReference(source, externalIds)));
        return new Found(existing, found);
    }
}
