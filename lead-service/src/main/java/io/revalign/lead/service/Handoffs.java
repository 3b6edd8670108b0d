package io.revalign.lead.service;

import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.webhooks.Outbox;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.Segment;
import io.revalign.lead.domain.handoff.Handoff;
import io.revalign.lead.domain.handoff.HandoffFilter;
import io.revalign.lead.domain.handoff.HandoffRefused;
import io.revalign.lead.domain.handoff.HandoffState;
import io.revalign.lead.domain.handoff.MarketingVerdict;
import io.revalign.lead.domain.handoff.RejectionReason;
import io.revalign.lead.domain.qualification.LeadOutcome;
import io.revalign.lead.domain.qualification.LeadQualification;
import io.revalign.lead.domain.qualification.LifecycleMapContent;
import io.revalign.lead.domain.qualification.RecordedOutcome;
import io.revalign.lead.domain.qualification.Verdict;
import io.revalign.lead.domain.webhooks.LeadEvents;
import io.revalign.lead.repository.HandoffRepository;
import io.revalign.lead.repository.HandoffSlaRepository;
import io.revalign.lead.repository.LeadQualificationRepository;
import io.revalign.lead.repository.LeadRepository;
import io.revalign.lead.repository.LeadWriter;
import io.revalign.lead.repository.OutcomeRepository;
import io.revalign.lead.repository.RejectionReasonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Sales' side of the hand-off: accept (the lead becomes SAL), reject with a reason of the managed
 * list (the lead goes where the reason says), recycle with a comment, record a first touch, or pull a
 * lead the definition did not qualify. Each answer locks the lead and then the hand-off, so of two
 * answers to one hand-off exactly one wins; it moves the lead through {@link StageChanges}, records
 * sales' verdict where backtests read it, and announces the answer in the same transaction.
 */
@ApplicationScoped
public class Handoffs {

    private final HandoffRepository handoffs;
    private final LeadRepository leads;
    private final LeadQualificationRepository qualifications;
    private final RejectionReasonRepository reasons;
    private final HandoffSlaRepository slas;
    private final OutcomeRepository outcomes;
    private final StageChanges stages;
    private final LifecycleMaps maps;
    private final LeadWriter ids;
    private final Outbox outbox;
    private final Clock clock;

    public Handoffs(
            HandoffRepository handoffs,
            LeadRepository leads,
            LeadQualificationRepository qualifications,
            RejectionReasonRepository reasons,
            HandoffSlaRepository slas,
            OutcomeRepository outcomes,
            StageChanges stages,
            LifecycleMaps maps,
            LeadWriter ids,
            Outbox outbox,
            Clock clock) {
        this.handoffs = handoffs;
        this.leads = leads;
        this.qualifications = qualifications;
        this.reasons = reasons;
        this.slas = slas;
        this.outcomes = outcomes;
        this.stages = stages;
        this.maps = maps;
        this.ids = ids;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A hand-off with whether its first-touch deadline is breached now. */
    public record Viewed(Handoff handoff, boolean breached) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Viewed get(UUID id) {
        return view(handoffs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Hand-off", id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Viewed> list(HandoffFilter filter, String after, int limit) {
        Instant now = now();
        return Page.of(handoffs.page(filter, Cursor.decode(after, filter), limit + 1, now), limit, h -> h.id, filter)
                .map(h -> new Viewed(h, h.breached(now)));
    }

    /** Sales accepts: the lead becomes SAL. */
    @Transactional
    public Viewed accept(UUID id, String comment, Actor actor) {
        return answer(id, actor, (handoff, now) -> {
            handoff.accept(actor.name(), comment, now);
            return LifecycleStage.SAL;
        });
    }

    /** Sales rejects for a reason of the managed list: the lead goes to the reason's stage. */
    @Transactional
    public Viewed reject(UUID id, String reasonCode, String comment, Actor actor) {
        RejectionReason reason = activeReason(reasonCode);
        return answer(id, actor, (handoff, now) -> {
            handoff.reject(reason, actor.name(), comment, now);
            return reason.targetStage;
        });
    }

    /** Sales sends the lead back to marketing to nurture: RECYCLED, with a comment for marketing. */
    @Transactional
    public Viewed recycle(UUID id, String comment, Actor actor) {
        return answer(id, actor, (handoff, now) -> {
            handoff.recycle(actor.name(), comment, now);
            return LifecycleStage.RECYCLED;
        });
    }

    /** Sales' first contact with the lead (a call, an email): stops the SLA clock; later touches keep the first. */
    @Transactional
    public Viewed touch(UUID id) {
        Handoff handoff = lockForAnswer(id);
        if (handoff.state != HandoffState.OPEN) {
            throw ProblemException.conflict(
                    "Hand-off " + id + " was already answered: " + handoff.state + " at " + handoff.actedAt);
        }
        handoff.touch(now());
        return view(handoff);
    }

    /**
     * Sales pulls a lead the definition did not qualify (sales' "yes" to marketing's "no"): a hand-off is
     * opened and accepted at once and the lead moves to SAL (through MQL when the map has no direct move).
     */
    @Transactional
    public Viewed pull(UUID leadId, String comment, Actor actor) {
        Lead lead =
                leads.findForUpdate(leadId).orElseThrow(() -> ProblemException.invalid("leadId", "no lead " + leadId));
        handoffs.openOf(leadId).ifPresent(open -> {
            throw ProblemException.conflict("Lead " + leadId + " has hand-off " + open.id
                    + " open already; accept it instead (POST /api/handoffs/" + open.id + "/acceptance)");
        });
        LeadQualification qualification =
                qualifications.findByIdOptional(leadId).orElse(null);
        if (qualification != null && qualification.verdict == Verdict.MQL) {
            throw ProblemException.conflict("The definition (version " + qualification.definitionVersion
                    + ") qualifies lead " + leadId + "; a pull is for leads it did not qualify");
        }
        Instant now = now();
        Handoff handoff = Handoff.open(
                ids.newId(),
                leadId,
                Segment.of(lead.companySize),
                MarketingVerdict.of(qualification == null ? null : qualification.verdict),
                qualification == null ? null : qualification.definitionVersion,
                now,
                slas.findById(Segment.of(lead.companySize)).firstTouchHours);
        handoff.pull(actor.name(), comment, now);
        moveToSal(
                lead,
                new StageChange(
                        actor.name(), "pulled by sales (hand-off " + handoff.id + ")", handoff.definitionVersion, now));
        handoffs.persist(handoff);
        recordSalesVerdict(handoff);
        outbox.emit(LeadEvents.HANDOFF_ACCEPTED, event(handoff));
        return view(handoff);
    }

    /** An answer of sales: takes the open hand-off, returns the stage the lead goes to. */
    private interface Answer {
        LifecycleStage apply(Handoff handoff, Instant now);
    }

    private Viewed answer(UUID id, Actor actor, Answer answer) {
        Handoff handoff = lockForAnswer(id);
        Lead lead = leads.findById(handoff.leadId);
        Instant now = now();
        LifecycleStage target;
        try {
            target = answer.apply(handoff, now);
        } catch (HandoffRefused refused) {
            throw ProblemException.conflict(refused.getMessage());
        }
        String reason = "hand-off " + handoff.id + " " + handoff.state.name().toLowerCase(Locale.ROOT)
                + (handoff.reasonCode == null ? "" : " (" + handoff.reasonCode + ")") + " by " + actor.name();
        stages.move(lead, target, new StageChange(actor.name(), reason, handoff.definitionVersion, now), false);
        recordSalesVerdict(handoff);
        outbox.emit(
                handoff.state == HandoffState.ACCEPTED ? LeadEvents.HANDOFF_ACCEPTED : LeadEvents.HANDOFF_REJECTED,
                event(handoff));
        return view(handoff);
    }

    /** Locks the hand-off's lead and then the hand-off (the order scoring locks leads in), read afresh. */
    private Handoff lockForAnswer(UUID id) {
        UUID leadId = handoffs.leadOf(id).orElseThrow(() -> ProblemException.notFound("Hand-off", id));
        leads.findForUpdate(leadId).orElseThrow(() -> ProblemException.notFound("Hand-off", id));
        return handoffs.lock(id).orElseThrow(() -> ProblemException.notFound("Hand-off", id));
    }

    private void moveToSal(Lead lead, StageChange change) {
        LifecycleMapContent map = maps.inForce().content();
        if (!map.allows(lead.lifecycleStage, LifecycleStage.SAL)
                && map.allows(lead.lifecycleStage, LifecycleStage.MQL)
                && map.allows(LifecycleStage.MQL, LifecycleStage.SAL)) {
            stages.move(lead, LifecycleStage.MQL, change, false);
        }
        stages.move(lead, LifecycleStage.SAL, change, false);
    }

    private RejectionReason activeReason(String code) {
        RejectionReason reason = code == null ? null : reasons.findById(code);
        if (reason == null) {
            throw ProblemException.invalid(
                    "reasonCode", "is not a code of the managed list (GET /api/handoffs/rejection-reasons)");
        }
        if (!reason.active) {
            throw ProblemException.invalid("reasonCode", reason.code + " is retired; use an active reason");
        }
        return reason;
    }

    /** Sales' verdict where backtests read it (lead_outcome), so the two never disagree; the deal result stays. */
    private void recordSalesVerdict(Handoff handoff) {
        RecordedOutcome outcome = outcomes.findByIdOptional(handoff.leadId).orElse(null);
        boolean fresh = outcome == null;
        if (fresh) {
            outcome = new RecordedOutcome();
            outcome.leadId = handoff.leadId;
        }
        outcome.salesVerdict = Boolean.TRUE.equals(handoff.salesAccepted())
                ? LeadOutcome.SalesVerdict.ACCEPTED
                : LeadOutcome.SalesVerdict.REJECTED;
        outcome.recordedBy = handoff.actor;
        outcome.recordedAt = handoff.actedAt;
        if (fresh) {
            outcomes.persist(outcome);
        }
    }

    private Viewed view(Handoff handoff) {
        return new Viewed(handoff, handoff.breached(now()));
    }

    private static Map<String, Object> event(Handoff handoff) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("handoffId", handoff.id.toString());
        data.put("leadId", handoff.leadId.toString());
        data.put("state", handoff.state.name());
        data.put("pulled", handoff.pulled);
        data.put("reasonCode", handoff.reasonCode);
        data.put("comment", handoff.comment);
        data.put("marketingVerdict", handoff.marketingVerdict.name());
        data.put("definitionVersion", handoff.definitionVersion);
        data.put("actor", handoff.actor);
        data.put("actedAt", handoff.actedAt.toString());
        return data;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
