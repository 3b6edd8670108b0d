package io.revalign.skills.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a reskilling plan from a seller's gaps (pure; see docs/skills.md, "Plan builder").
 *
 * <ol>
 *   <li>Open gaps (size &gt; 0) are taken largest first; ties by skill key, so the plan is deterministic.
 *   <li>For each gap not already closed by a module chosen earlier, the candidates are the modules that raise the
 *       skill to at least the required level. The chosen one has the fewest hours; ties go to the module closing
 *       more of the other still-open gaps, then to the smaller id. A gap without candidates is listed as uncovered.
 *   <li>A chosen module also closes every other open gap it reaches; those gaps are not planned again.
 *   <li>Modules are scheduled one after another from {@code start} at {@code hoursPerWeek}; each is due at the end
 *       of the week its cumulative hours are reached, capped at the profile's {@code targetDate}. A step whose
 *       uncapped date would pass the target is marked {@code late}, so the plan says it cannot finish in time.
 * </ol>
 */
public final class PlanBuilder {

    /** One module of a plan: the gaps it closes, its place and its due date. */
    public record Step(int position, ModuleOffer module, List<SkillGap> closes, LocalDate dueOn, boolean late) {}

    /** A plan: its steps in order, the gaps no module covers and the total hours. */
    public record Plan(List<Step> steps, List<SkillGap> uncovered, int totalHours) {}

    private PlanBuilder() {}

    /** The plan for these gaps from these modules, starting on {@code start}, due by {@code targetDate}. */
    public static Plan build(
            Collection<SkillGap> gaps,
            Collection<ModuleOffer> modules,
            LocalDate start,
            LocalDate targetDate,
            int hoursPerWeek) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(targetDate, "targetDate");
        if (hoursPerWeek < 1) {
            throw new IllegalArgumentException("hoursPerWeek must be at least 1");
        }
        List<SkillGap> open = gaps.stream()
                .filter(g -> g.size() > 0)
                .sorted(Comparator.comparingInt(SkillGap::size).reversed().thenComparing(SkillGap::skillKey))
                .toList();
        Set<SkillGap> closed = new LinkedHashSet<>();
        List<SkillGap> uncovered = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        int cumulative = 0;
        for (SkillGap gap : open) {
            if (closed.contains(gap)) {
                continue;
            }
            List<SkillGap> stillOpen =
                    open.stream().filter(g -> !closed.contains(g)).toList();
            ModuleOffer best = modules.stream()
                    .filter(m -> m.closes(gap.skillKey(), gap.required()))
                    .min(Comparator.comparingInt(ModuleOffer::hours)
                            .thenComparing(m -> -closesCount(m, stillOpen))
                            .thenComparing(ModuleOffer::id))
                    .orElse(null);
            if (best == null) {
                uncovered.add(gap);
                closed.add(gap);
                continue;
            }
            List<SkillGap> closes = stillOpen.stream()
                    .filter(g -> best.closes(g.skillKey(), g.required()))
                    .toList();
            closed.addAll(closes);
            cumulative += best.hours();
            long weeks = (cumulative + hoursPerWeek - 1) / hoursPerWeek;
            LocalDate uncapped = start.plus(weeks, ChronoUnit.WEEKS);
            boolean late = uncapped.isAfter(targetDate);
            steps.add(new Step(steps.size() + 1, best, closes, late ? targetDate : uncapped, late));
        }
        return new Plan(List.copyOf(steps), List.copyOf(uncovered), cumulative);
    }

    private static long closesCount(ModuleOffer module, List<SkillGap> gaps) {
        return gaps.stream()
                .filter(g -> module.closes(g.skillKey(), g.required()))
                .count();
    }
}
