package io.revalign.lead.service;

import io.revalign.common.webhooks.Outbox;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.qualification.CosignedVersion;
import io.revalign.lead.domain.qualification.LifecycleMapContent;
import io.revalign.lead.domain.qualification.QualificationRules;
import io.revalign.lead.domain.qualification.Scorecard;
import io.revalign.lead.domain.qualification.ScoringEngine;
import io.revalign.lead.domain.qualification.ScoringInput;
import io.revalign.lead.domain.webhooks.LeadEventData;
import io.revalign.lead.domain.webhooks.LeadEvents;
import io.revalign.lead.repository.ScoringRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Scores leads under the active definition in the caller's transaction (on create, update and new
 * activity) and in job batches, writes their scorecards, and moves those that qualify to MQL
 * through the life-cycle map in force ({@link StageChanges}: transitions recorded with the definition version,
 * hand-offs opened) and announced as {@code lead.qualified}, once per move.
 */
@ApplicationScoped
public class LeadQualifier {

    private final ScoringRepository scoring;
    private final QualificationDefinitions definitions;
    private final LifecycleMaps maps;
    private final StageChanges stages;
    private final Outbox outbox;
    private final Clock clock;

    public LeadQualifier(
            ScoringRepository scoring,
            QualificationDefinitions definitions,
            LifecycleMaps maps,
            StageChanges stages,
            Outbox outbox,
            Clock clock) {
        this.scoring = scoring;
        this.definitions = definitions;
        this.maps = maps;
        this.stages = stages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Scores these leads under the active definition, now; returns the ids that moved to MQL. Nothing
     * happens while no definition is active. Call after the leads' changes are flushed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> qualify(Collection<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return Set.of();
        }
        return definitions
                .active()
                .map(active -> {
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    List<ScoringInput> inputs = scoring.load(
                            ScoringRepository.Selection.of(leadIds),
                            active.rules().engagementRules(),
                            now);
                    return apply(
                            active.version(), active.rules(), maps.inForce().content(), inputs, now);
                })
                .orElse(Set.of());
    }

    /**
     * Scores loaded leads under {@code rules}, writes the qualifications, moves the qualified to MQL and
     * announces {@code lead.qualified} for each lead that moved (a lead already at MQL, or one the map
     * does not let into MQL, is scored but not announced).
     */
    public Set<UUID> apply(
            CosignedVersion definition,
            QualificationRules rules,
            LifecycleMapContent map,
            List<ScoringInput> inputs,
            Instant asOf) {
        List<ScoringRepository.Scored> scored = new ArrayList<>(inputs.size());
        Map<UUID, Scorecard> qualified = new HashMap<>();
        List<LifecycleStage> into = map.allowedInto(LifecycleStage.MQL);
        for (ScoringInput input : inputs) {
            Scorecard card = ScoringEngine.scorecard(rules, input.profile(), input.tallies());
            scored.add(new ScoringRepository.Scored(input.leadId(), card));
            if (card.qualified()
                    && into.contains(input.stage())
                    && map.unmetEntryCriteria(LifecycleStage.MQL, input.profile())
                            .isEmpty()) {
                qualified.put(input.leadId(), card);
            }
        }
        scoring.write(definition.id, definition.number, asOf, scored);
        Set<UUID> moved = stages.enterMql(
                qualified.keySet(),
                map,
                new StageChange(
                        Actor.QUALIFICATION.name(),
                        "qualification definition version " + definition.number
                                + ": every gate passed and the score reached " + rules.mqlThreshold(),
                        definition.number,
                        asOf));
        if (!moved.isEmpty()) {
            outbox.emitAll(
                    LeadEvents.LEAD_QUALIFIED,
                    moved.stream()
                            .sorted()
                            .map(id -> LeadEventData.qualified(
                                    id, qualified.get(id), definition, rules.mqlThreshold(), asOf))
                            .toList());
        }
        return moved;
    }
}
