package io.revalign.skills.service;

import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.skills.domain.RoleProfile;
import io.revalign.skills.domain.RoleProfileFilter;
import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.repository.RoleProfileRepository;
import io.revalign.skills.repository.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Role profiles: each change is a new version of the role's profile; older versions stay readable. */
@ApplicationScoped
public class RoleProfileService {

    private final RoleProfileRepository profiles;
    private final SkillRepository skills;
    private final Clock clock;

    public RoleProfileService(RoleProfileRepository profiles, SkillRepository skills, Clock clock) {
        this.profiles = profiles;
        this.skills = skills;
        this.clock = clock;
    }

    /**
     * Adds the next version of the role's profile. Every skill key must name a skill in use (not retired), at most
     * once; versions of one role are numbered under a lock, so concurrent writers get consecutive numbers.
     */
    @Transactional
    public RoleProfileView create(CreateRoleProfile command, String createdBy) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < command.requirements().size(); i++) {
            if (!keys.add(command.requirements().get(i).skillKey())) {
                throw ProblemException.invalid(
                        "requirements[" + i + "].skillKey", "names a skill already required earlier in the list");
            }
        }
        Map<String, Skill> byKey =
                skills.findByKeys(keys).stream().collect(Collectors.toMap(s -> s.key, Function.identity()));
        RoleProfile profile = new RoleProfile();
        for (int i = 0; i < command.requirements().size(); i++) {
            CreateRoleProfile.Requirement requirement = command.requirements().get(i);
            Skill skill = byKey.get(requirement.skillKey());
            if (skill == null) {
                throw ProblemException.invalid(
                        "requirements[" + i + "].skillKey",
                        "is not a skill of the catalogue: " + requirement.skillKey());
            }
            if (skill.isRetired()) {
                throw ProblemException.invalid(
                        "requirements[" + i + "].skillKey",
                        "names skill " + skill.key + ", retired at " + skill.retiredAt
                                + "; retired skills are not required");
            }
            profile.requirements.put(skill.id, (short) requirement.level());
        }
        profile.role = command.role();
        profile.targetDate = command.targetDate();
        profile.description = command.description();
        profile.createdBy = createdBy;
        return view(writeNextVersion(profile));
    }

    /**
     * Numbers and stores {@code draft} as its role's next version, under the role's lock (the caller's transaction
     * holds it until commit, so concurrent writers get consecutive numbers). The caller may have taken the lock
     * already to read the current version first.
     */
    RoleProfile writeNextVersion(RoleProfile draft) {
        profiles.lockRole(draft.role);
        draft.version = profiles.latestVersion(draft.role) + 1;
        draft.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        profiles.persistAndFlush(draft);
        return draft;
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public RoleProfileView get(UUID id) {
        return view(profiles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Role profile", id)));
    }

    /** The role's current (highest) profile version, if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RoleProfileView> current(SellerRole role) {
        return profiles.current(role).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Page<RoleProfileView> list(RoleProfileFilter filter, String after, int limit) {
        return Page.of(profiles.page(filter, Cursor.decode(after, filter), limit + 1), limit, p -> p.id, filter)
                .map(this::view);
    }

    private RoleProfileView view(RoleProfile profile) {
        Map<UUID, Skill> byId = skills.withIds(profile.requirements.keySet()).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<RoleProfileView.Requirement> requirements = profile.requirements.entrySet().stream()
                .map(e -> new RoleProfileView.Requirement(byId.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(r -> r.skill().key))
                .toList();
        return new RoleProfileView(profile, requirements);
    }
}
