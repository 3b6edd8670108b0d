import io.revalign.skills.domain.ModuleOffer;
import io.revalign.skills.domain.PlanBuilder;
import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.SkillGap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The plan builder alone (the pure domain rule buildPlan runs): plans for sellers with 40 required skills and random
 * levels against a catalogue of 60 modules each raising 1-3 skills, timed one by one; prints p50/p99 in ms.
 * Usage: java -cp skills-service/target/classes:. PlanBench [plans]
 */
public final class PlanBench {

    public static void main(String[] args) {
        int plans = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Random random = new Random(42);
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            skills.add("skill-" + i);
        }
        List<ModuleOffer> modules = new ArrayList<>();
        for (int m = 0; m < 60; m++) {
            Map<String, ProficiencyLevel> raises = new HashMap<>();
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                raises.put(skills.get(random.nextInt(40)), ProficiencyLevel.of(2 + random.nextInt(3)));
            }
            modules.add(new ModuleOffer(new UUID(0, m), "Module " + m, 2 + random.nextInt(19), raises));
        }
        LocalDate start = LocalDate.of(2026, 12, 7);
        LocalDate target = LocalDate.of(2027, 6, 30);
        long[] nanos = new long[plans];
        int steps = 0;
        for (int warm = 0; warm < 2; warm++) {
            for (int p = 0; p < plans; p++) {
                List<SkillGap> gaps = new ArrayList<>();
                for (String skill : skills) {
                    gaps.add(new SkillGap(
                            skill, ProficiencyLevel.of(1 + random.nextInt(4)), ProficiencyLevel.of(random.nextInt(5))));
                }
                long started = System.nanoTime();
                PlanBuilder.Plan plan = PlanBuilder.build(gaps, modules, start, target, 4);
                nanos[p] = System.nanoTime() - started;
                steps += plan.steps().size();
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                "plan builder alone (%d plans, 40 skills, 60 modules)  p50 %.3f ms   p99 %.3f ms   p99/target %.3f   (%.1f steps per plan)%n",
                plans,
                nanos[plans / 2] / 1e6,
                nanos[(int) (plans * 0.99)] / 1e6,
                nanos[(int) (plans * 0.99)] / 1e6 / 20,
                steps / (2.0 * plans));
    }
}
