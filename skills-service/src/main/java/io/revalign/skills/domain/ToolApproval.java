package io.revalign.skills.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An AI-tool decision as governance announces it in {@code decision.made}, and the rule of the
 * AI-literacy gate: an approved pilot or rollout makes the tool's skills required, at least at the
 * decision's level, in the profiles of the seller roles it affects. A requirement already at or
 * above that level stays as it is; a profile that would not change gets no new version.
 */
public record ToolApproval(
        UUID decisionId,
        UUID toolId,
        String toolName,
        String decisionType,
        String outcome,
        List<String> skillKeys,
        List<String> sellerRoles,
        ProficiencyLevel requiredLevel) {

    /** The level required when the decision names none. */
    public static final ProficiencyLevel DEFAULT_LEVEL = ProficiencyLevel.PRACTICING;

    public ToolApproval {
        skillKeys = skillKeys == null ? List.of() : List.copyOf(skillKeys);
        sellerRoles = sellerRoles == null ? List.of() : List.copyOf(sellerRoles);
        requiredLevel = requiredLevel == null ? DEFAULT_LEVEL : requiredLevel;
    }

    /** Whether the decision raises profiles: an APPROVED APPROVE_PILOT or APPROVE_ROLLOUT. */
    public boolean raisesProfiles() {
        return "APPROVED".equals(outcome)
                && ("APPROVE_PILOT".equals(decisionType) || "APPROVE_ROLLOUT".equals(decisionType));
    }

    /** Why the new profile versions exist, as their {@code reason} says it. */
    public String reason() {
        String what = "APPROVE_PILOT".equals(decisionType) ? "a pilot" : "rollout";
        String tool = toolName == null || toolName.isBlank() ? "AI tool " + toolId : "AI tool " + toolName;
        return tool + " approved for " + what + " (governance decision " + decisionId + "): its users need "
                + String.join(", ", skillKeys) + " at " + requiredLevel + " or above";
    }

    /**
     * The requirements after raising {@code skillIds} to at least {@code level} over {@code current}
     * (skill id → level), in the order of {@code current} then the new skills; {@code null} when
     * every skill is already required at that level or above, so no version is needed.
     */
    public static Map<UUID, Short> raise(Map<UUID, Short> current, Collection<UUID> skillIds, ProficiencyLevel level) {
        Map<UUID, Short> raised = new LinkedHashMap<>(current);
        boolean changed = false;
        for (UUID skill : skillIds) {
            Short before = raised.get(skill);
            if (before == null || before < level.value()) {
                raised.put(skill, (short) level.value());
                changed = true;
            }
        }
        return changed ? raised : null;
    }
}
