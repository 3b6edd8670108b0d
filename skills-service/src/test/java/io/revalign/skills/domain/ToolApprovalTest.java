package io.revalign.skills.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The gate's rule: which decisions raise profiles, and how requirements are raised. */
class ToolApprovalTest {

    static final UUID A = UUID.fromString("00000000-0000-7000-8000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-7000-8000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-7000-8000-00000000000c");

    static ToolApproval approval(String type, String outcome) {
        return new ToolApproval(
                UUID.randomUUID(), UUID.randomUUID(), "Gong AI", type, outcome, List.of("k"), null, null);
    }

    @Test
    void onlyAnApprovedPilotOrRolloutRaisesProfiles() {
        assertTrue(approval("APPROVE_PILOT", "APPROVED").raisesProfiles());
        assertTrue(approval("APPROVE_ROLLOUT", "APPROVED").raisesProfiles());
        assertFalse(approval("APPROVE_ROLLOUT", "REJECTED").raisesProfiles());
        assertFalse(approval("SELECT_TOOL", "APPROVED").raisesProfiles());
        assertFalse(approval("RETIRE_TOOL", "APPROVED").raisesProfiles());
        assertFalse(approval(null, null).raisesProfiles());
    }

    @Test
    void theLevelDefaultsToPracticingAndTheReasonNamesToolDecisionAndSkills() {
        ToolApproval approval = approval("APPROVE_ROLLOUT", "APPROVED");
        assertEquals(ProficiencyLevel.PRACTICING, approval.requiredLevel());
        assertTrue(approval.reason().contains("Gong AI"));
        assertTrue(approval.reason().contains(approval.decisionId().toString()));
        assertTrue(approval.reason().contains("k at PRACTICING"));
    }

    @Test
    void raisesMissingAndLowerRequirementsAndKeepsHigherOnes() {
        Map<UUID, Short> current = new LinkedHashMap<>();
        current.put(A, (short) 1);
        current.put(B, (short) 4);
        Map<UUID, Short> raised = ToolApproval.raise(current, List.of(A, B, C), ProficiencyLevel.PROFICIENT);
        assertEquals(Map.of(A, (short) 3, B, (short) 4, C, (short) 3), raised);
        assertEquals(Map.of(A, (short) 1, B, (short) 4), current, "the current version is not changed");
    }

    @Test
    void noVersionWhenEverySkillIsAlreadyRequiredAsHigh() {
        assertNull(ToolApproval.raise(Map.of(A, (short) 2, B, (short) 3), List.of(A, B), ProficiencyLevel.PRACTICING));
    }

    @Property
    void aRaiseNeverLowersAndReachesTheLevel(
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 4) Integer> levels,
            @ForAll @IntRange(min = 1, max = 4) int level) {
        Map<UUID, Short> current = new LinkedHashMap<>();
        levels.forEach(l -> current.put(UUID.randomUUID(), l.shortValue()));
        List<UUID> skills = List.copyOf(current.keySet());
        Map<UUID, Short> raised = ToolApproval.raise(current, skills, ProficiencyLevel.of(level));
        if (raised == null) {
            assertTrue(current.values().stream().allMatch(l -> l >= level));
            return;
        }
        current.forEach((skill, before) -> assertEquals(Math.max(before, level), (int) raised.get(skill)));
    }
}
