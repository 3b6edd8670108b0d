package io.revalign.skills.domain;

import static io.revalign.skills.domain.ProficiencyLevel.AWARE;
import static io.revalign.skills.domain.ProficiencyLevel.EXPERT;
import static io.revalign.skills.domain.ProficiencyLevel.NONE;
import static io.revalign.skills.domain.ProficiencyLevel.PRACTICING;
import static io.revalign.skills.domain.ProficiencyLevel.PROFICIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {

    static final LocalDate START = LocalDate.parse("2026-01-05");
    static final LocalDate TARGET = LocalDate.parse("2026-06-30");

    static ModuleOffer module(int n, int hours, Map<String, ProficiencyLevel> raises) {
        return new ModuleOffer(new UUID(0, n), "m" + n, hours, raises);
    }

    @Test
    void largestGapComesFirstThenSkillKey() {
        List<SkillGap> gaps = List.of(
                new SkillGap("a-small", PRACTICING, AWARE),
                new SkillGap("c-large", EXPERT, NONE),
                new SkillGap("b-mid", PROFICIENT, AWARE));
        List<ModuleOffer> modules = List.of(
                module(1, 4, Map.of("a-small", EXPERT)),
                module(2, 4, Map.of("b-mid", PROFICIENT)),
                module(3, 4, Map.of("c-large", EXPERT)));
        PlanBuilder.Plan plan = PlanBuilder.build(gaps, modules, START, TARGET, 4);
        assertEquals(
                List.of("m3", "m2", "m1"),
                plan.steps().stream().map(s -> s.module().title()).toList());
        assertEquals(
                List.of(1, 2, 3),
                plan.steps().stream().map(PlanBuilder.Step::position).toList());
        assertEquals(12, plan.totalHours());
    }

    @Test
    void fewestHoursAmongModulesThatReachTheRequiredLevel() {
        List<SkillGap> gaps = List.of(new SkillGap("prompting", PROFICIENT, AWARE));
        List<ModuleOffer> modules = List.of(
                module(1, 2, Map.of("prompting", PRACTICING)), // too low, however short
                module(2, 10, Map.of("prompting", EXPERT)),
                module(3, 6, Map.of("prompting", PROFICIENT)));
        PlanBuilder.Plan plan = PlanBuilder.build(gaps, modules, START, TARGET, 4);
        assertEquals(1, plan.steps().size());
        assertEquals("m3", plan.steps().get(0).module().title());
    }

    @Test
    void aModuleClosingSeveralGapsIsNotPlannedTwiceAndWinsTies() {
        List<SkillGap> gaps = List.of(new SkillGap("x", PROFICIENT, NONE), new SkillGap("y", PRACTICING, NONE));
        List<ModuleOffer> modules = List.of(
                module(1, 5, Map.of("x", PROFICIENT)),
                module(2, 5, Map.of("x", PROFICIENT, "y", PRACTICING)),
                module(3, 1, Map.of("y", PRACTICING)));
        PlanBuilder.Plan plan = PlanBuilder.build(gaps, modules, START, TARGET, 4);
        assertEquals(1, plan.steps().size());
        assertEquals("m2", plan.steps().get(0).module().title());
        assertEquals(2, plan.steps().get(0).closes().size());
    }

    @Test
    void gapsNoModuleCoversAreListedAndMetSkillsIgnored() {
        List<SkillGap> gaps = List.of(
                new SkillGap("met", PRACTICING, EXPERT),
                new SkillGap("orphan", PROFICIENT, AWARE),
                new SkillGap("x", AWARE, NONE));
        PlanBuilder.Plan plan = PlanBuilder.build(gaps, List.of(module(1, 3, Map.of("x", AWARE))), START, TARGET, 4);
        assertEquals(List.of(new SkillGap("orphan", PROFICIENT, AWARE)), plan.uncovered());
        assertEquals(1, plan.steps().size());
    }

    @Test
    void dueDatesFollowCumulativeHoursAndStopAtTheTarget() {
        List<SkillGap> gaps = List.of(new SkillGap("a", EXPERT, NONE), new SkillGap("b", PRACTICING, NONE));
        List<ModuleOffer> modules = List.of(module(1, 6, Map.of("a", EXPERT)), module(2, 100, Map.of("b", PRACTICING)));
        PlanBuilder.Plan plan = PlanBuilder.build(gaps, modules, START, TARGET, 4);
        assertEquals(START.plusWeeks(2), plan.steps().get(0).dueOn()); // 6 h at 4 h/week → end of week 2
        assertFalse(plan.steps().get(0).late());
        assertEquals(TARGET, plan.steps().get(1).dueOn()); // 106 h → week 27, past the target
        assertTrue(plan.steps().get(1).late());
    }

    @Test
    void hoursPerWeekMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> PlanBuilder.build(List.of(), List.of(), START, TARGET, 0));
    }

    @Property(tries = 200)
    void everyOpenGapIsEitherClosedByAStepOrUncoveredAndNoDueDatePassesTheTarget(
            @ForAll("gaps") List<SkillGap> gaps, @ForAll("modules") List<ModuleOffer> modules) {
        List<SkillGap> distinct = gaps.stream()
                .collect(java.util.stream.Collectors.toMap(SkillGap::skillKey, g -> g, (x, y) -> x))
                .values()
                .stream()
                .toList();
        PlanBuilder.Plan plan = PlanBuilder.build(distinct, modules, START, TARGET, 3);
        for (SkillGap gap : distinct) {
            long closedBy =
                    plan.steps().stream().filter(s -> s.closes().contains(gap)).count();
            boolean uncovered = plan.uncovered().contains(gap);
            assertEquals(gap.size() > 0 ? 1 : 0, closedBy + (uncovered ? 1 : 0), gap.toString());
        }
        plan.steps().forEach(s -> assertFalse(s.dueOn().isAfter(TARGET)));
        assertEquals(plan.steps().stream().mapToInt(s -> s.module().hours()).sum(), plan.totalHours());
    }

    @Provide
    Arbitrary<List<SkillGap>> gaps() {
        Arbitrary<ProficiencyLevel> level = Arbitraries.of(ProficiencyLevel.class);
        return net.jqwik.api.Combinators.combine(Arbitraries.of("a", "b", "c", "d", "e"), level, level)
                .as(SkillGap::new)
                .list()
                .ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<ModuleOffer>> modules() {
        Arbitrary<Map<String, ProficiencyLevel>> raises = Arbitraries.maps(
                        Arbitraries.of("a", "b", "c", "d", "e"), Arbitraries.of(ProficiencyLevel.class))
                .ofMaxSize(3);
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.integers().between(1, 1000),
                        Arbitraries.integers().between(1, 40),
                        raises)
                .as((n, h, r) -> module(n, h, r))
                .list()
                .ofMaxSize(6);
    }
}
