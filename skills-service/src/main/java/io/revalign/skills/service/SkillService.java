package io.revalign.skills.service;

import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.skills.api.SkillRequest;
import io.revalign.skills.api.SkillResponse;
import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.repository.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.UUID;

/** Adding skills to the catalogue and reading them. */
@ApplicationScoped
public class SkillService {

    private final SkillRepository skills;

    public SkillService(SkillRepository skills) {
        this.skills = skills;
    }

    @Transactional
    public SkillResponse create(SkillRequest request) {
        // The unique constraint on key is the backstop for two creates racing past this check.
        skills.findByKey(request.key()).ifPresent(existing -> {
            throw ProblemException.conflict("Skill " + existing.id + " already has key " + request.key());
        });
        Skill skill = new Skill();
        skill.key = request.key();
        skill.name = request.name().trim();
        skill.description = request.description();
        skill.category = request.category();
        if (request.taxonomy() != null) {
            skill.taxonomyScheme = request.taxonomy().scheme();
            skill.taxonomyCode = request.taxonomy().code().trim();
        }
        skill.levelDescriptors = new EnumMap<>(ProficiencyLevel.class);
        if (request.levelDescriptors() != null) {
            skill.levelDescriptors.putAll(request.levelDescriptors());
        }
        skill.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        skill.updatedAt = skill.createdAt;
        skills.persistAndFlush(skill);
        return SkillResponse.from(skill);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public SkillResponse get(UUID id) {
        return skills.findByIdOptional(id)
                .map(SkillResponse::from)
                .orElseThrow(() -> ProblemException.notFound("Skill", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Page<SkillResponse> list(SkillRepository.Filter filter, String after, int limit) {
        return Page.of(
                skills.page(filter, Cursor.decode(after), limit + 1), limit, skill -> skill.id, SkillResponse::from);
    }
}
