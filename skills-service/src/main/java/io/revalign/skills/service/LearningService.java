package io.revalign.skills.service;

import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.skills.domain.LearningModule;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.repository.LearningModuleRepository;
import io.revalign.skills.repository.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The learning catalogue: modules that raise skills to levels. */
@ApplicationScoped
public class LearningService {

    private final LearningModuleRepository modules;
    private final SkillRepository skills;
    private final Clock clock;

    public LearningService(LearningModuleRepository modules, SkillRepository skills, Clock clock) {
        this.modules = modules;
        this.skills = skills;
        this.clock = clock;
    }

    /** Adds a module; every skill key must name a skill in use, at most once (400 naming {@code raises[i]}). */
    @Transactional
    public ModuleView create(CreateModule command) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < command.raises().size(); i++) {
            if (!keys.add(command.raises().get(i).skillKey())) {
                throw ProblemException.invalid("raises[" + i + "].skillKey", "names a skill already listed");
            }
        }
        Map<String, Skill> byKey =
                skills.findByKeys(keys).stream().collect(Collectors.toMap(s -> s.key, Function.identity()));
        LearningModule module = new LearningModule();
        for (int i = 0; i < command.raises().size(); i++) {
            CreateModule.Raise raise = command.raises().get(i);
            Skill skill = byKey.get(raise.skillKey());
            if (skill == null) {
                throw ProblemException.invalid(
                        "raises[" + i + "].skillKey", "is not a skill of the catalogue: " + raise.skillKey());
            }
            if (skill.isRetired()) {
                throw ProblemException.invalid(
                        "raises[" + i + "].skillKey", "skill " + skill.key + " was retired at " + skill.retiredAt);
            }
            module.raises.put(skill.id, (short) raise.level());
        }
        module.title = command.title().strip();
        module.provider = command.provider();
        module.url = command.url();
        module.hours = command.hours();
        module.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        module.updatedAt = module.createdAt;
        modules.persistAndFlush(module);
        return view(module);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ModuleView get(UUID id) {
        return view(modules.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Learning module", id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ModuleView> list(String after, int limit) {
        String list = "learning modules";
        return Page.of(modules.page(Cursor.decode(after, list), limit + 1), limit, m -> m.id, list)
                .map(this::view);
    }

    ModuleView view(LearningModule module) {
        Map<UUID, String> keys =
                skills.withIds(module.raises.keySet()).stream().collect(Collectors.toMap(s -> s.id, s -> s.key));
        Map<String, Integer> raises = new TreeMap<>();
        module.raises.forEach((skillId, level) -> raises.put(keys.get(skillId), (int) level));
        return new ModuleView(module, raises);
    }
}
