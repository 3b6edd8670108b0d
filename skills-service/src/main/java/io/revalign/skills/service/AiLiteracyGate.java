package io.revalign.skills.service;

import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import io.revalign.common.security.StandardWebhookSignature;
import io.revalign.skills.domain.RoleProfile;
import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.domain.ToolApproval;
import io.revalign.skills.repository.GovernanceWebhookInbox;
import io.revalign.skills.repository.RoleProfileRepository;
import io.revalign.skills.repository.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The AI-literacy gate: governance's signed {@code decision.made} webhooks, received once per
 * webhook-id. An approved pilot or rollout writes a new version of each affected role's profile
 * requiring the tool's skills at least at the decision's level, with the decision as its reason;
 * a decision raises a role at most once, and a role already requiring as much gets no version.
 */
@ApplicationScoped
public class AiLiteracyGate {

    public static final String DECISION_MADE = "decision.made";

    /** What a delivery did. */
    public enum Outcome {
        /** New profile versions were written. */
        APPLIED,
        /** An approval whose skills every affected profile already requires (or that named none in use). */
        UNCHANGED,
        /** Not an approved pilot or rollout, or another event type. */
        IGNORED,
        /** A redelivery of a webhook-id received before: nothing happened. */
        DUPLICATE
    }

    /** What a delivery did, the versions it wrote and why. */
    public record Result(Outcome outcome, List<RoleProfile> written, String detail) {}

    private final GovernanceWebhookInbox inbox;
    private final RoleProfileRepository profiles;
    private final RoleProfileService profileService;
    private final SkillRepository skills;
    private final GovernanceWebhookConfig config;
    private final Clock clock;

    public AiLiteracyGate(
            GovernanceWebhookInbox inbox,
            RoleProfileRepository profiles,
            RoleProfileService profileService,
            SkillRepository skills,
            GovernanceWebhookConfig config,
            Clock clock) {
        this.inbox = inbox;
        this.profiles = profiles;
        this.profileService = profileService;
        this.skills = skills;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Checks a delivery's Standard Webhooks signature: 403 when no secret is configured, 401 when a
     * header is missing, the signature differs or the timestamp is outside the tolerance.
     */
    public void verify(String id, String timestamp, String signature, byte[] body) {
        String secret = config.secret()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Governance webhooks are not enabled here: the operator sets REVALIGN_GOVERNANCE_WEBHOOKS_SECRET"
                                + " to the subscription's secret"));
        if (!StandardWebhookSignature.isWellFormed(secret)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Governance webhooks are misconfigured: REVALIGN_GOVERNANCE_WEBHOOKS_SECRET is not whsec_ and base64");
        }
        StandardWebhookSignature.check(secret, id, timestamp, signature, body, clock.instant(), config.tolerance())
                .refusal(config.tolerance())
                .ifPresent(refusal -> {
                    throw new ProblemException(ProblemType.UNAUTHORIZED, refusal);
                });
    }

    /** Applies a verified delivery once per webhook-id; {@code approval} is null for other event types. */
    @Transactional
    public Result receive(String webhookId, String eventType, ToolApproval approval) {
        UUID decisionId = approval == null ? null : approval.decisionId();
        if (!inbox.claim(webhookId, eventType, decisionId, clock.instant())) {
            return new Result(Outcome.DUPLICATE, List.of(), "webhook-id " + webhookId + " was received before");
        }
        Result result = apply(eventType, approval);
        inbox.record(webhookId, result.outcome().name(), result.detail());
        return result;
    }

    private Result apply(String eventType, ToolApproval approval) {
        if (!DECISION_MADE.equals(eventType) || approval == null) {
            return new Result(Outcome.IGNORED, List.of(), "event type " + eventType + " is not " + DECISION_MADE);
        }
        if (!approval.raisesProfiles()) {
            return new Result(
                    Outcome.IGNORED,
                    List.of(),
                    approval.decisionType() + " " + approval.outcome() + " raises no profile");
        }
        List<String> notes = new ArrayList<>();
        List<UUID> skillIds = skillsInUse(approval.skillKeys(), notes);
        if (skillIds.isEmpty()) {
            notes.add("no skill of the tool is in the catalogue");
            return new Result(Outcome.UNCHANGED, List.of(), String.join("; ", notes));
        }
        List<RoleProfile> written = new ArrayList<>();
        for (SellerRole role : affectedRoles(approval.sellerRoles(), notes)) {
            RoleProfile version = raise(role, skillIds, approval, notes);
            if (version != null) {
                written.add(version);
                notes.add(role + " profile version " + version.version);
            }
        }
        return new Result(written.isEmpty() ? Outcome.UNCHANGED : Outcome.APPLIED, written, String.join("; ", notes));
    }

    /** The next version of the role's profile with the skills raised, or null when none is needed. */
    private RoleProfile raise(SellerRole role, List<UUID> skillIds, ToolApproval approval, List<String> notes) {
        profiles.lockRole(role);
        if (profiles.writtenBy(approval.decisionId(), role)) {
            notes.add(role + " was raised by this decision before");
            return null;
        }
        RoleProfile current = profiles.current(role).orElse(null);
        Map<UUID, Short> carried = current == null ? Map.of() : requirementsInUse(current);
        Map<UUID, Short> raised = ToolApproval.raise(carried, skillIds, approval.requiredLevel());
        if (raised == null) {
            notes.add(role + " already requires every skill at " + approval.requiredLevel() + " or above");
            return null;
        }
        RoleProfile next = new RoleProfile();
        next.role = role;
        next.requirements = new LinkedHashMap<>(raised);
        next.targetDate = current != null
                ? current.targetDate
                : LocalDate.ofInstant(clock.instant().plus(config.newProfileHorizon()), ZoneOffset.UTC);
        next.description = current == null ? null : current.description;
        next.reason = approval.reason();
        next.decisionId = approval.decisionId();
        next.createdBy = "ai-governance-service";
        return profileService.writeNextVersion(next);
    }

    /** The ids of the keys naming skills in use; unknown and retired keys are noted and left out. */
    private List<UUID> skillsInUse(List<String> keys, List<String> notes) {
        Map<String, Skill> byKey = new LinkedHashMap<>();
        skills.findByKeys(new TreeSet<>(keys)).forEach(skill -> byKey.put(skill.key, skill));
        List<UUID> ids = new ArrayList<>();
        for (String key : new TreeSet<>(keys)) {
            Skill skill = byKey.get(key);
            if (skill == null) {
                notes.add("skill " + key + " is not in the catalogue");
            } else if (skill.isRetired()) {
                notes.add("skill " + key + " is retired");
            } else {
                ids.add(skill.id);
            }
        }
        return ids;
    }

    /** The named roles in lock order; none named: every role that has a profile. */
    private List<SellerRole> affectedRoles(List<String> names, List<String> notes) {
        if (names.isEmpty()) {
            return Arrays.stream(SellerRole.values())
                    .filter(role -> profiles.current(role).isPresent())
                    .toList();
        }
        TreeSet<SellerRole> roles = new TreeSet<>();
        for (String name : names) {
            try {
                roles.add(SellerRole.valueOf(name));
            } catch (IllegalArgumentException e) {
                notes.add("seller role " + name + " is unknown");
            }
        }
        return List.copyOf(roles);
    }

    /** The current requirements without skills retired since (retired skills are not required). */
    private Map<UUID, Short> requirementsInUse(RoleProfile current) {
        Map<UUID, Short> inUse = new LinkedHashMap<>();
        List<UUID> live = skills.withIds(current.requirements.keySet()).stream()
                .filter(skill -> !skill.isRetired())
                .map(skill -> skill.id)
                .toList();
        current.requirements.forEach((skill, level) -> {
            if (live.contains(skill)) {
                inUse.put(skill, level);
            }
        });
        return inUse;
    }
}
