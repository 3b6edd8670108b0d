package io.revalign.lead.service;

import io.revalign.common.problem.ProblemException;
import io.revalign.common.webhooks.Outbox;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.qualification.LeadProfile;
import io.revalign.lead.domain.qualification.LeadTransition;
import io.revalign.lead.domain.qualification.LifecycleMapContent;
import io.revalign.lead.domain.qualification.TransitionRefused;
import io.revalign.lead.domain.webhooks.LeadEvents;
import io.revalign.lead.repository.HandoffRepository;
import io.revalign.lead.repository.LeadRepository;
import io.revalign.lead.repository.LeadTransitionRepository;
import io.revalign.lead.repository.LeadWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place a lead changes stage: the life-cycle map in force must allow the move (and the lead
 * meet the target's entry criteria), each move is recorded as a transition and announced as
 * {@code lead.stage_changed} in the same transaction, and a lead that reaches MQL gets a hand-off.
 */
@ApplicationScoped
public class StageChanges {

    private final LeadRepository leads;
    private final LeadTransitionRepository transitions;
    private final HandoffRepository handoffs;
    private final LifecycleMaps maps;
    private final LeadWriter ids;
    private final Outbox outbox;
    private final Clock clock;

    public StageChanges(
            LeadRepository leads,
            LeadTransitionRepository transitions,
            HandoffRepository handoffs,
            LifecycleMaps maps,
            LeadWriter ids,
            Outbox outbox,
            Clock clock) {
        this.leads = leads;
        this.transitions = transitions;
        this.handoffs = handoffs;
        this.maps = maps;
        this.ids = ids;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A lead's path so far: its stage changes and its hand-offs, oldest first. */
    public record History(Lead lead, List<LeadTransition> transitions, List<Handoffs.Viewed> handoffs) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public History history(UUID leadId) {
        Lead lead = leads.findByIdOptional(leadId).orElseThrow(() -> ProblemException.notFound("Lead", leadId));
        Instant now = now();
        return new History(
                lead,
                transitions.ofLead(leadId),
                handoffs.ofLead(leadId).stream()
                        .map(h -> new Handoffs.Viewed(h, h.breached(now)))
                        .toList());
    }

    /**
     * A person moves a lead to {@code to}. A lead whose hand-off is open leaves MQL only through sales'
     * answer to it (accept, reject, recycle); reaching MQL opens a hand-off.
     */
    @Transactional
    public LeadTransition change(UUID leadId, LifecycleStage to, String reason, Actor actor) {
        Lead lead = leads.findForUpdate(leadId).orElseThrow(() -> ProblemException.notFound("Lead", leadId));
        handoffs.openOf(leadId).ifPresent(open -> {
            throw ProblemException.conflict("Lead " + leadId + " waits for sales' answer to hand-off " + open.id
                    + "; it leaves MQL when sales accepts, rejects or recycles it (POST /api/handoffs/" + open.id
                    + "/acceptance, /rejection or /recycling)");
        });
        return move(lead, to, new StageChange(actor.name(), reason, null, now()), true);
    }

    /**
     * Moves a lead locked by the caller to {@code to}, if the map in force allows it (409 naming the
     * allowed moves otherwise); opens a hand-off when it reaches MQL and {@code openHandoff}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LeadTransition move(Lead lead, LifecycleStage to, StageChange change, boolean openHandoff) {
        check(maps.inForce().content(), lead, to);
        LeadTransition transition = new LeadTransition();
        transition.id = ids.newId();
        transition.leadId = lead.id;
        transition.fromStage = lead.lifecycleStage;
        transition.toStage = to;
        transition.actor = change.actor();
        transition.reason = change.reason();
        transition.definitionVersion = change.definitionVersion();
        transition.at = change.at();
        transitions.persist(transition);
        lead.lifecycleStage = to;
        lead.updatedAt = change.at();
        leads.flush();
        outbox.emit(LeadEvents.LEAD_STAGE_CHANGED, event(lead.id, transition.fromStage, to, change));
        if (to == LifecycleStage.MQL && openHandoff) {
            openHandoffs(List.of(lead.id), change.at());
        }
        return transition;
    }

    /**
     * Moves to MQL those of {@code leadIds} (qualified by the definition) that stand where the map lets a
     * lead enter MQL, in one statement, and opens their hand-offs; returns the ids that moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> enterMql(Collection<UUID> leadIds, LifecycleMapContent map, StageChange change) {
        List<LeadTransitionRepository.Moved> moved = transitions.moveAll(
                leadIds,
                map.allowedInto(LifecycleStage.MQL),
                LifecycleStage.MQL,
                change.actor(),
                change.reason(),
                change.definitionVersion(),
                change.at());
        if (moved.isEmpty()) {
            return Set.of();
        }
        outbox.emitAll(
                LeadEvents.LEAD_STAGE_CHANGED,
                moved.stream()
                        .map(m -> event(m.leadId(), m.from(), LifecycleStage.MQL, change))
                        .toList());
        List<UUID> movedIds =
                moved.stream().map(LeadTransitionRepository.Moved::leadId).toList();
        openHandoffs(movedIds, change.at());
        return movedIds.stream().collect(Collectors.toSet());
    }

    private void openHandoffs(List<UUID> leadIds, Instant at) {
        handoffs.openAll(leadIds.stream().map(id -> ids.newId()).toList(), leadIds, at);
    }

    private static void check(LifecycleMapContent map, Lead lead, LifecycleStage to) {
        try {
            map.check(lead.lifecycleStage, to, LeadProfile.of(lead));
        } catch (TransitionRefused refused) {
            throw ProblemException.conflict("Lead " + lead.id + " cannot move: " + refused.getMessage());
        }
    }

    private static Map<String, Object> event(UUID leadId, LifecycleStage from, LifecycleStage to, StageChange change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("leadId", leadId.toString());
        data.put("fromStage", from.name());
        data.put("toStage", to.name());
        data.put("actor", change.actor());
        data.put("reason", change.reason());
        data.put("definitionVersion", change.definitionVersion());
        data.put("at", change.at().toString());
        return data;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
