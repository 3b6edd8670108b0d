package io.revalign.skills.service;

import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.skills.domain.Assessment;
import io.revalign.skills.domain.AssessmentPolicy;
import io.revalign.skills.domain.AssessmentSource;
import io.revalign.skills.domain.AssessmentStatus;
import io.revalign.skills.domain.Caller;
import io.revalign.skills.domain.Enrolment;
import io.revalign.skills.domain.EnrolmentStatus;
import io.revalign.skills.domain.LearningModule;
import io.revalign.skills.domain.ModuleOffer;
import io.revalign.skills.domain.Plan;
import io.revalign.skills.domain.PlanBuilder;
import io.revalign.skills.domain.PlannedGap;
import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.RoleProfile;
import io.revalign.skills.domain.Seller;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.domain.SkillGap;
import io.revalign.skills.repository.AssessmentRepository;
import io.revalign.skills.repository.EnrolmentRepository;
import io.revalign.skills.repository.LearningModuleRepository;
import io.revalign.skills.repository.PlanRepository;
import io.revalign.skills.repository.RoleProfileRepository;
import io.revalign.skills.repository.SellerRepository;
import io.revalign.skills.repository.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/** Plans built from gaps with the {@link PlanBuilder}, enrolments with progress, and proposed COURSE assessments. */
@ApplicationScoped
public class PlanService {

    private final AssessmentService assessmentService;
    private final ReadinessService readinessService;
    private final LearningModuleRepository modules;
    private final PlanRepository plans;
    private final EnrolmentRepository enrolments;
    private final AssessmentRepository assessments;
    private final SellerRepository sellers;
    private final SkillRepository skills;
    private final RoleProfileRepository profiles;
    private final Clock clock;

    public PlanService(
            AssessmentService assessmentService,
            ReadinessService readinessService,
            LearningModuleRepository modules,
            PlanRepository plans,
            EnrolmentRepository enrolments,
            AssessmentRepository assessments,
            SellerRepository sellers,
            SkillRepository skills,
            RoleProfileRepository profiles,
            Clock clock) {
        this.assessmentService = assessmentService;
        this.readinessService = readinessService;
        this.modules = modules;
        this.plans = plans;
        this.enrolments = enrolments;
        this.assessments = assessments;
        this.sellers = sellers;
        this.skills = skills;
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * Builds the seller's plan from today's gaps against the current profile version: the builder picks modules,
     * each step becomes an enrolment (an open enrolment in the same module carries over with its progress), the
     * seller's earlier plans are superseded and their open enrolments not in this plan WITHDRAWN.
     */
    @Transactional
    public PlanView build(UUID sellerId, LocalDate startOn, int hoursPerWeek, Caller caller) {
        Seller seller = assessmentService.viewableSeller(sellerId, caller);
        if (!seller.active) {
            throw ProblemException.invalid(
                    "sellerId", "seller " + seller.id + " is inactive; inactive sellers get no plan");
        }
        GapReport report = readinessService.gaps(seller, null);
        if (report.profile() == null) {
            throw ProblemException.conflict("The role " + seller.role + " has no profile yet: write one first");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate start = startOn == null ? LocalDate.ofInstant(now, ZoneOffset.UTC) : startOn;
        List<SkillGap> gaps = report.lines().stream().map(GapReport.Line::gap).toList();
        Map<UUID, String> keyOf = new HashMap<>();
        report.lines().forEach(l -> keyOf.put(l.skill().id, l.skill().key));
        Map<UUID, LearningModule> candidates =
                modules.raising(keyOf.keySet()).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<ModuleOffer> offers = candidates.values().stream()
                .map(m -> {
                    Map<String, ProficiencyLevel> raises = new HashMap<>();
                    m.raises.forEach((skillId, level) -> {
                        if (keyOf.containsKey(skillId)) {
                            raises.put(keyOf.get(skillId), ProficiencyLevel.of(level));
                        }
                    });
                    return new ModuleOffer(m.id, m.title, m.hours, raises);
                })
                .toList();
        PlanBuilder.Plan built = PlanBuilder.build(gaps, offers, start, report.profile().targetDate, hoursPerWeek);

        Plan plan = new Plan();
        plan.id = UuidVersion7Strategy.INSTANCE.generateUuid(null);
        plan.sellerId = seller.id;
        plan.profileId = report.profile().id;
        plan.startOn = start;
        plan.targetDate = report.profile().targetDate;
        plan.hoursPerWeek = hoursPerWeek;
        plan.totalHours = built.totalHours();
        plan.uncovered = built.uncovered().stream().map(PlannedGap::of).toList();
        plan.createdBy = caller.subject();
        plan.createdAt = now;
        plans.persist(plan);
        plans.flush();
        plans.supersede(seller.id, plan.id, now);

        Map<UUID, Enrolment> open = new LinkedHashMap<>();
        enrolments.lockOpen(seller.id).forEach(e -> open.putIfAbsent(e.moduleId, e));
        List<PlanView.Step> steps = new ArrayList<>();
        for (PlanBuilder.Step step : built.steps()) {
            Enrolment enrolment = open.remove(step.module().id());
            boolean created = enrolment == null;
            if (created) {
                enrolment = new Enrolment();
                enrolment.id = UuidVersion7Strategy.INSTANCE.generateUuid(null);
                enrolment.sellerId = seller.id;
                enrolment.moduleId = step.module().id();
                enrolment.status = EnrolmentStatus.ASSIGNED;
                enrolment.createdAt = now;
            }
            enrolment.planId = plan.id;
            enrolment.position = step.position();
            enrolment.dueOn = step.dueOn();
            enrolment.late = step.late();
            enrolment.closes = step.closes().stream().map(PlannedGap::of).toList();
            enrolment.updatedAt = now;
            if (created) {
                enrolments.persist(enrolment);
            }
            steps.add(new PlanView.Step(enrolment, candidates.get(step.module().id())));
        }
        for (Enrolment withdrawn : open.values()) {
            withdrawn.status = EnrolmentStatus.WITHDRAWN;
            withdrawn.updatedAt = now;
        }
        enrolments.flush();
        return new PlanView(plan, report.profile(), steps);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView get(UUID planId, Caller caller) {
        Plan plan = plans.findByIdOptional(planId).orElseThrow(() -> ProblemException.notFound("Plan", planId));
        assessmentService.viewableSeller(plan.sellerId, caller);
        RoleProfile profile = profiles.findById(plan.profileId);
        List<Enrolment> list = enrolments.ofPlan(plan.id);
        Map<UUID, LearningModule> byId = modulesOf(list);
        return new PlanView(
                plan,
                profile,
                list.stream()
                        .map(e -> new PlanView.Step(e, byId.get(e.moduleId)))
                        .toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrolment enrolment(UUID id, Caller caller) {
        Enrolment enrolment =
                enrolments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Enrolment", id));
        assessmentService.viewableSeller(enrolment.sellerId, caller);
        return enrolment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Enrolment> enrolments(UUID sellerId, Caller caller, String after, int limit) {
        assessmentService.viewableSeller(sellerId, caller);
        String list = "enrolments " + sellerId;
        return Page.of(enrolments.page(sellerId, Cursor.decode(after, list), limit + 1), limit, e -> e.id, list);
    }

    /** The modules of these enrolments, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, LearningModule> modulesOf(List<Enrolment> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return modules
                .list("id in ?1", list.stream().map(e -> e.moduleId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
    }

    /**
     * Reports progress under If-Match. The seller, their manager, enablement roles and an LMS may report; 100
     * completes the enrolment and proposes a COURSE assessment per skill the module raises (skills in use), which
     * counts once the seller's manager confirms it. A COMPLETED or WITHDRAWN enrolment takes no progress (409).
     */
    @Transactional
    public Enrolment report(UUID id, int percent, String ifMatch, Caller caller) {
        Enrolment enrolment = enrolments
                .findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Enrolment", id));
        Seller seller = assessmentService.viewableSeller(enrolment.sellerId, caller);
        IfMatch.of(ifMatch).check(enrolment.version);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Enrolment.Progressed result = enrolment.report(percent, now);
        if (result == Enrolment.Progressed.CLOSED) {
            throw ProblemException.conflict("Enrolment " + id + " is " + enrolment.status + "; its progress is final");
        }
        if (result == Enrolment.Progressed.COMPLETED) {
            LearningModule module = modules.findById(enrolment.moduleId);
            Map<UUID, Skill> byId = skills.withIds(module.raises.keySet()).stream()
                    .collect(Collectors.toMap(s -> s.id, Function.identity()));
            module.raises.forEach((skillId, level) -> {
                Skill skill = byId.get(skillId);
                if (skill == null || skill.isRetired()) {
                    return;
                }
                Assessment proposal = new Assessment();
                proposal.sellerId = seller.id;
                proposal.skillId = skillId;
                proposal.level = level;
                proposal.source = AssessmentSource.COURSE;
                proposal.status = AssessmentStatus.PROPOSED;
                proposal.evidence = "Completed module \"" + module.title + "\" (enrolment " + enrolment.id + ")";
                proposal.assessor = caller.subject();
                proposal.assessedAt = now;
                proposal.recordedAt = now;
                proposal.enrolmentId = enrolment.id;
                assessments.insertNew(proposal);
            });
        }
        enrolments.flush();
        return enrolment;
    }

    /** The assessments a completed enrolment proposed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assessment> proposals(UUID enrolmentId) {
        return assessments.list("enrolmentId = ?1 order by id", enrolmentId);
    }

    /**
     * The seller's manager confirms (it counts from then on, at its completion time) or rejects a PROPOSED
     * assessment; anyone else 403; an assessment that is not PROPOSED 409.
     */
    @Transactional
    public Assessment decide(UUID assessmentId, boolean confirm, String comment, Caller caller) {
        Assessment assessment = assessments
                .findByIdOptional(assessmentId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Assessment", assessmentId));
        Seller seller = sellers.findById(assessment.sellerId);
        if (!AssessmentPolicy.mayDecide(caller, assessmentService.manages(caller, seller))) {
            throw Refused.forbidden("Only the manager of seller " + seller.id + " confirms or rejects its proposals");
        }
        if (assessment.status != AssessmentStatus.PROPOSED) {
            throw ProblemException.conflict("Assessment " + assessmentId + " is " + assessment.status
                    + "; only a PROPOSED assessment is confirmed or rejected");
        }
        assessment.status = confirm ? AssessmentStatus.CONFIRMED : AssessmentStatus.REJECTED;
        assessment.decidedBy = caller.subject();
        assessment.decidedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        assessment.decisionComment = comment;
        assessments.flush();
        return assessment;
    }
}
