package io.revalign.skills.domain.webhooks;

import java.util.List;

/** The events skills-service announces to webhook subscribers (docs/integrations.md). */
public final class SkillsEvents {

    /**
     * A measured seller became ready (meets every requirement of their role's current profile) or stopped
     * being ready. Written by PostgreSQL at commit of the change (V41), so every path that moves readiness
     * announces it: an assessment, a new profile version, a retired skill, a seller changing role or team.
     */
    public static final String SELLER_READINESS_CHANGED = "seller.readiness_changed";

    /** An ASSIGNED or IN_PROGRESS enrolment passed its due date; announced once per enrolment. */
    public static final String ENROLMENT_OVERDUE = "enrolment.overdue";

    /** Every type a subscription may ask for. */
    public static final List<String> ALL = List.of(SELLER_READINESS_CHANGED, ENROLMENT_OVERDUE);

    private SkillsEvents() {}
}
