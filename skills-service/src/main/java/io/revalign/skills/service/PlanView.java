package io.revalign.skills.service;

import io.revalign.skills.domain.Enrolment;
import io.revalign.skills.domain.LearningModule;
import io.revalign.skills.domain.Plan;
import io.revalign.skills.domain.RoleProfile;
import java.util.List;

/** A plan with its profile version and its steps (enrolments with their modules), in order. */
public record PlanView(Plan plan, RoleProfile profile, List<Step> steps) {

    /** One step. */
    public record Step(Enrolment enrolment, LearningModule module) {}
}
