package io.revalign.skills.service;

import io.revalign.common.problem.ProblemException;
import io.revalign.skills.domain.AssessedLevel;
import io.revalign.skills.domain.Caller;
import io.revalign.skills.domain.EffectiveLevel;
import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.Readiness;
import io.revalign.skills.domain.RoleProfile;
import io.revalign.skills.domain.Seller;
import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.domain.SkillGap;
import io.revalign.skills.domain.SkillReadiness;
import io.revalign.skills.repository.AssessmentRepository;
import io.revalign.skills.repository.ReadinessRepository;
import io.revalign.skills.repository.RoleProfileRepository;
import io.revalign.skills.repository.SkillReadinessRepository;
import io.revalign.skills.repository.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A seller's gaps (the precedence rule in Java) and the readiness of a group (counted in PostgreSQL). */
@ApplicationScoped
public class ReadinessService {

    private final AssessmentService assessmentService;
    private final AssessmentRepository assessments;
    private final RoleProfileRepository profiles;
    private final SkillRepository skills;
    private final ReadinessRepository readiness;
    private final SkillReadinessRepository skillReadiness;
    private final Clock clock;

    public ReadinessService(
            AssessmentService assessmentService,
            AssessmentRepository assessments,
            RoleProfileRepository profiles,
            SkillRepository skills,
            ReadinessRepository readiness,
            SkillReadinessRepository skillReadiness,
            Clock clock) {
        this.assessmentService = assessmentService;
        this.assessments = assessments;
        this.profiles = profiles;
        this.skills = skills;
        this.readiness = readiness;
        this.skillReadiness = skillReadiness;
        this.clock = clock;
    }

    /**
     * Each skill the seller's role profile (the version current at {@code asOf}, or now) requires, with the
     * required and effective level and the gap; skills retired by then are left out. 404/403 as for assessments.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GapReport gaps(UUID sellerId, Instant asOf, Caller caller) {
        Seller seller = assessmentService.viewableSeller(sellerId, caller);
        return gaps(seller, asOf);
    }

    /** The gaps of a seller the caller was already allowed to see. */
    GapReport gaps(Seller seller, Instant asOf) {
        Instant at = asOf == null ? clock.instant() : asOf;
        RoleProfile profile = profiles.currentAt(seller.role, at).orElse(null);
        if (profile == null) {
            return new GapReport(seller, null, asOf, List.of());
        }
        Map<UUID, Skill> required = skills.withIds(profile.requirements.keySet()).stream()
                .filter(s -> s.retiredAt == null || s.retiredAt.isAfter(at))
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        Map<UUID, String> keys = new TreeMap<>();
        required.values().forEach(s -> keys.put(s.id, s.key));
        List<AssessedLevel> history = new ArrayList<>();
        for (AssessmentRepository.Confirmed a : assessments.confirmedOf(seller.id)) {
            String key = keys.get(a.skillId());
            if (key != null) {
                history.add(new AssessedLevel(key, ProficiencyLevel.of(a.level()), a.source(), a.assessedAt()));
            }
        }
        List<GapReport.Line> lines = new ArrayList<>();
        for (Skill skill : required.values()) {
            AssessedLevel effective = EffectiveLevel.asOf(
                            history.stream()
                                    .filter(h -> h.skillKey().equals(skill.key))
                                    .toList(),
                            at)
                    .orElse(null);
            SkillGap gap = new SkillGap(
                    skill.key,
                    ProficiencyLevel.of(profile.requirements.get(skill.id)),
                    effective == null ? ProficiencyLevel.NONE : effective.level());
            lines.add(new GapReport.Line(skill, gap, effective));
        }
        lines.sort(
                Comparator.comparingInt((GapReport.Line l) -> -l.gap().size()).thenComparing(l -> l.skill().key));
        return new GapReport(seller, profile, asOf, lines);
    }

    /**
     * Readiness of the active sellers of {@code team} and {@code role} (null: all) now, or at {@code asOf} from the
     * assessment history (sellers created after it are left out; the roster's active flags are today's).
     */
    @Transactional
    public Readiness readiness(String team, SellerRole role, Instant asOf) {
        Instant now = clock.instant();
        if (asOf != null && asOf.isAfter(now)) {
            throw ProblemException.invalid("asOf", "must not be in the future; see /api/readiness/forecast");
        }
        ReadinessRepository.Figures figures = readiness.figures(team, role, asOf == null ? now : asOf, asOf != null);
        Map<UUID, String> keys =
                skills
                        .withIds(figures.cells().stream()
                                .map(ReadinessRepository.Cell::skillId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(s -> s.id, s -> s.key));
        List<Readiness.Cell> cells = figures.cells().stream()
                .map(c -> new Readiness.Cell(
                        c.team(), keys.get(c.skillId()), c.sellersRequired(), c.sellersBelow(), c.totalGap()))
                .sorted(Comparator.comparing(Readiness.Cell::skillKey).thenComparing(Readiness.Cell::team))
                .toList();
        Map<String, long[]> bySkill = new TreeMap<>();
        for (Readiness.Cell cell : cells) {
            long[] sum = bySkill.computeIfAbsent(cell.skillKey(), k -> new long[3]);
            sum[0] += cell.sellersRequired();
            sum[1] += cell.sellersBelow();
            sum[2] += cell.totalGap();
        }
        int active = 0;
        int measured = 0;
        int needing = 0;
        List<Readiness.TeamFigure> teams = new ArrayList<>();
        for (Map.Entry<String, int[]> team1 : figures.teams().entrySet()) {
            int[] f = team1.getValue();
            active += f[0];
            measured += f[1];
            needing += f[2];
            teams.add(new Readiness.TeamFigure(team1.getKey(), f[1], f[2]));
        }
        return new Readiness(
                asOf,
                active,
                measured,
                needing,
                figures.profiles(),
                bySkill.entrySet().stream()
                        .map(e -> new Readiness.SkillFigure(
                                e.getKey(), (int) e.getValue()[0], (int) e.getValue()[1], e.getValue()[2]))
                        .toList(),
                teams,
                cells);
    }

    /**
     * Readiness of the active sellers of {@code roles} (empty: all), per team, on {@code skillKeys} at
     * {@code level}, whether or not their profiles require the skills: 400 naming {@code skillKey} when
     * a key is not in the catalogue.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SkillReadiness skillReadiness(List<String> skillKeys, ProficiencyLevel level, List<SellerRole> roles) {
        List<String> keys = skillKeys.stream().distinct().sorted().toList();
        Map<UUID, String> byId = new TreeMap<>();
        skills.findByKeys(keys).forEach(skill -> byId.put(skill.id, skill.key));
        List<String> unknown =
                keys.stream().filter(key -> !byId.containsValue(key)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(
                    "skillKey", "is not a skill of the catalogue: " + String.join(", ", unknown));
        }
        List<SellerRole> sortedRoles = roles.stream().distinct().sorted().toList();
        return new SkillReadiness(
                level,
                keys,
                sortedRoles,
                skillReadiness.teams(
                        byId,
                        level.value(),
                        sortedRoles.stream().map(Enum::name).toList()));
    }
}
