package io.revalign.lead.service;

import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.problem.ProblemException;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.Segment;
import io.revalign.lead.domain.handoff.HandoffSla;
import io.revalign.lead.domain.handoff.RejectionReason;
import io.revalign.lead.repository.HandoffSlaRepository;
import io.revalign.lead.repository.RejectionReasonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What RevOps and the sales leader manage about hand-offs: the first-touch SLA per segment and the rejection reasons. */
@ApplicationScoped
public class HandoffSettings {

    private final HandoffSlaRepository slas;
    private final RejectionReasonRepository reasons;
    private final Clock clock;

    public HandoffSettings(HandoffSlaRepository slas, RejectionReasonRepository reasons, Clock clock) {
        this.slas = slas;
        this.reasons = reasons;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HandoffSla> slas() {
        return slas.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HandoffSla sla(Segment segment) {
        return slas.findById(segment);
    }

    /** Sets a segment's first-touch hours; applies to hand-offs opened from now on. Needs If-Match. */
    @Transactional
    public HandoffSla setSla(Segment segment, String ifMatch, int firstTouchHours, Actor actor) {
        HandoffSla sla = slas.findById(segment);
        IfMatch.of(ifMatch).check(sla.version);
        if (sla.firstTouchHours != firstTouchHours) {
            sla.firstTouchHours = firstTouchHours;
            sla.updatedBy = actor.name();
            sla.updatedAt = now();
            slas.flush();
        }
        return sla;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RejectionReason> reasons() {
        return reasons.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RejectionReason reason(String code) {
        RejectionReason reason = reasons.findById(code);
        if (reason == null) {
            throw ProblemException.notFound("Rejection reason", code);
        }
        return reason;
    }

    /** Adds a reason to the managed list; a code in use is a 409. */
    @Transactional
    public RejectionReason addReason(String code, String label, LifecycleStage targetStage, Actor actor) {
        requireTarget(targetStage);
        if (reasons.findById(code) != null) {
            throw ProblemException.conflict("The rejection reason " + code + " exists already");
        }
        RejectionReason reason = new RejectionReason();
        reason.code = code;
        reason.label = label;
        reason.targetStage = targetStage;
        reason.active = true;
        reason.createdBy = actor.name();
        reason.createdAt = now();
        reason.updatedAt = reason.createdAt;
        reasons.persistAndFlush(reason);
        return reason;
    }

    /** Renames, re-targets, retires or restores a reason; past hand-offs keep their code. Needs If-Match. */
    @Transactional
    public RejectionReason changeReason(
            String code, String ifMatch, String label, LifecycleStage targetStage, boolean active) {
        requireTarget(targetStage);
        RejectionReason reason = reason(code);
        IfMatch.of(ifMatch).check(reason.version);
        if (!reason.label.equals(label) || reason.targetStage != targetStage || reason.active != active) {
            reason.label = label;
            reason.targetStage = targetStage;
            reason.active = active;
            reason.updatedAt = now();
            reasons.flush();
        }
        return reason;
    }

    private static void requireTarget(LifecycleStage targetStage) {
        if (!RejectionReason.TARGETS.contains(targetStage)) {
            throw ProblemException.invalid("targetStage", "must be one of " + RejectionReason.TARGETS);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
