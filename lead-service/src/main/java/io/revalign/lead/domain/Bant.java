package io.revalign.lead.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A lead's BANT answers: budget, authority, need and timeline, each UNKNOWN until asked. */
@Embeddable
public class Bant {

    /** Is there money for a purchase? */
    public enum Budget {
        UNKNOWN,
        NONE,
        PLANNED,
        CONFIRMED
    }

    /** Does the contact decide? */
    public enum Authority {
        UNKNOWN,
        NONE,
        INFLUENCER,
        DECISION_MAKER
    }

    /** How pressing is the problem we solve? */
    public enum Need {
        UNKNOWN,
        NONE,
        IDENTIFIED,
        URGENT
    }

    /** When would they buy? */
    public enum Timeline {
        UNKNOWN,
        NONE,
        BEYOND_12_MONTHS,
        WITHIN_12_MONTHS,
        WITHIN_3_MONTHS
    }

    /** The answers given; an answer not given (null) is UNKNOWN. */
    public static Bant of(Budget budget, Authority authority, Need need, Timeline timeline) {
        Bant bant = new Bant();
        bant.budget = budget == null ? Budget.UNKNOWN : budget;
        bant.authority = authority == null ? Authority.UNKNOWN : authority;
        bant.need = need == null ? Need.UNKNOWN : need;
        bant.timeline = timeline == null ? Timeline.UNKNOWN : timeline;
        return bant;
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "budget", nullable = false)
    public Budget budget = Budget.UNKNOWN;

    @Enumerated(EnumType.STRING)
    @Column(name = "authority", nullable = false)
    public Authority authority = Authority.UNKNOWN;

    @Enumerated(EnumType.STRING)
    @Column(name = "need", nullable = false)
    public Need need = Need.UNKNOWN;

    @Enumerated(EnumType.STRING)
    @Column(name = "timeline", nullable = false)
    public Timeline timeline = Timeline.UNKNOWN;
}
