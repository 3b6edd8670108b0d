package io.revalign.skills.service;

import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.domain.SkillFilter;
import io.revalign.skills.repository.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
    public Skill create(CreateSkill command) {
        // The unique constraint on key is the backstop for two creates racing past this check.
        skills.findByKey(command.key()).ifPresent(existing -> {
            throw ProblemException.conflict("Skill " + existing.id + " already has key " + command.key());
        });
        Skill skill = new Skill();
        skill.key = command.key();
        skill.name = command.name().trim();
        skill.description = command.description();
        skill.category = command.category();
        if (command.taxonomyScheme() != null) {
            skill.taxonomyScheme = command.taxonomyScheme();
            skill.taxonomyCode = command.taxonomyCode().trim();
        }
        skill.levelDescriptors = new EnumMap<>(ProficiencyLevel.class);
        if (command.levelDescriptors() != null) {
            skill.levelDescriptors.putAll(command.levelDescriptors());
        }
        skill.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        skill.updatedAt = skill.createdAt;
        skills.persistAndFlush(skill);
        return skill;
    }

    /**
     * Replaces what a skill says when {@code ifMatch} names its current version (428 without it, 412 when stale).
     * The key is the skill's identity across services and cannot change (409).
     */
    @Transactional
    public Skill update(UUID id, String ifMatch, CreateSkill command) {
        Skill skill = skills.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Skill", id));
        IfMatch.of(ifMatch).check(skill.version);
        if (!skill.key.equals(command.key())) {
            throw ProblemException.conflict("Skill " + id + " has key " + skill.key + "; a key cannot change");
        }
        skill.name = command.name().trim();
        skill.description = command.description();
        skill.category = command.category();
        skill.taxonomyScheme = command.taxonomyScheme();
        skill.taxonomyCode =
                command.taxonomyScheme() == null ? null : command.taxonomyCode().trim();
        skill.levelDescriptors = new EnumMap<>(ProficiencyLevel.class);
        if (command.levelDescriptors() != null) {
            skill.levelDescriptors.putAll(command.levelDescriptors());
        }
        skill.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        skills.flush(); // the new version, for the ETag of the answer
        return skill;
    }

    /**
     * Retires a skill when {@code ifMatch} names its current version: it stays in the catalogue and in history, but
     * new role profiles and assessments refuse it and figures leave it out from now on. Retiring twice changes nothing.
     */
    @Transactional
    public Skill retire(UUID id, String ifMatch) {
        Skill skill = skills.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Skill", id));
        IfMatch.of(ifMatch).check(skill.version);
        if (!skill.isRetired()) {
            skill.retiredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            skill.updatedAt = skill.retiredAt;
            skills.flush();
        }
        return skill;
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Skill get(UUID id) {
        return skills.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Skill", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Page<Skill> list(SkillFilter filter, String after, int limit) {
        return Page.of(skills.page(filter, Cursor.decode(after, filter), limit + 1), limit, skill -> skill.id, filter);
    }
}
