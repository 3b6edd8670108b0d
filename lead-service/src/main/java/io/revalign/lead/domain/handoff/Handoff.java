package io.revalign.lead.domain.handoff;

import io.revalign.lead.domain.Segment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead handed from marketing to sales: marketing's verdict and definition version when it opened,
 * the first-touch deadline, and sales' answer. Only an open hand-off may be answered, once.
 */
@Entity
@Table(name = "handoff")
public class Handoff {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HandoffState state;

    /** Sales pulled a lead the definition did not qualify: opened and accepted at once. */
    @Column(nullable = false)
    public boolean pulled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Segment segment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MarketingVerdict marketingVerdict;

    /** The definition version whose verdict this is; null when no definition had scored the lead. */
    public Integer definitionVersion;

    @Column(nullable = false)
    public Instant openedAt;

    @Column(nullable = false)
    public Instant dueAt;

    public Instant firstTouchAt;

    public Instant actedAt;

    public String actor;

    public String reasonCode;

    public String comment;

    @Version
    public long version;

    /** A hand-off opened at {@code now}, due within the segment's first-touch hours. */
    public static Handoff open(
            UUID id,
            UUID leadId,
            Segment segment,
            MarketingVerdict verdict,
            Integer definitionVersion,
            Instant now,
            int firstTouchHours) {
        Handoff handoff = new Handoff();
        handoff.id = id;
        handoff.leadId = leadId;
        handoff.state = HandoffState.OPEN;
        handoff.segment = segment;
        handoff.marketingVerdict = verdict;
        handoff.definitionVersion = definitionVersion;
        handoff.openedAt = now;
        handoff.dueAt = now.plus(Duration.ofHours(firstTouchHours));
        return handoff;
    }

    /** Sales' first contact with the lead; later touches keep the first. */
    public void touch(Instant now) {
        if (firstTouchAt == null) {
            firstTouchAt = now;
        }
    }

    /** Sales accepts the lead. */
    public void accept(String by, String note, Instant now) {
        answer(HandoffState.ACCEPTED, by, null, note, now);
    }

    /** Sales rejects the lead for a reason of the managed list. */
    public void reject(RejectionReason reason, String by, String note, Instant now) {
        if (!reason.active) {
            throw new HandoffRefused("the rejection reason " + reason.code + " is retired; use an active one");
        }
        answer(HandoffState.REJECTED, by, reason.code, note, now);
    }

    /** Sales sends the lead back to marketing to nurture; the comment says why. */
    public void recycle(String by, String note, Instant now) {
        if (note == null || note.isBlank()) {
            throw new HandoffRefused("a recycled hand-off needs a comment for marketing");
        }
        answer(HandoffState.RECYCLED, by, null, note, now);
    }

    /** Sales pulls a lead the definition did not qualify: the hand-off is accepted as it opens. */
    public void pull(String by, String note, Instant now) {
        pulled = true;
        answer(HandoffState.ACCEPTED, by, null, note, now);
    }

    /** Whether the first touch came (or, still untouched, is) after the deadline at {@code now}. */
    public boolean breached(Instant now) {
        Instant touch = firstTouchAt != null ? firstTouchAt : (state == HandoffState.OPEN ? now : actedAt);
        return touch.isAfter(dueAt);
    }

    /** Sales' "yes" (accepted or pulled) or "no" (rejected or recycled); null while open. */
    public Boolean salesAccepted() {
        return state == HandoffState.OPEN ? null : state == HandoffState.ACCEPTED;
    }

    private void answer(HandoffState answer, String by, String reason, String note, Instant now) {
        if (state != HandoffState.OPEN) {
            throw new HandoffRefused(
                    "hand-off " + id + " was already answered: " + state + " by " + actor + " at " + actedAt);
        }
        state = answer;
        actor = by;
        reasonCode = reason;
        comment = note;
        actedAt = now;
        touch(now);
    }
}
