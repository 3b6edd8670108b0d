package io.revalign.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The readiness threshold: who may approve at which measured share, and what an unmeasured figure does. */
class ReadinessGateTest {

    static RolloutReadiness measured(int sellers, int ready) {
        Double share = sellers == 0 ? null : Math.round(ready * 10_000.0 / sellers) / 10_000.0;
        return new RolloutReadiness(
                true, null, List.of("prompt-engineering"), 2, List.of("AE"), sellers, ready, share, List.of());
    }

    @Test
    void appliesToPilotsAndRolloutsOnly() {
        assertTrue(ReadinessGate.appliesTo(DecisionType.APPROVE_PILOT));
        assertTrue(ReadinessGate.appliesTo(DecisionType.APPROVE_ROLLOUT));
        assertEquals(false, ReadinessGate.appliesTo(DecisionType.SELECT_TOOL));
        assertEquals(false, ReadinessGate.appliesTo(DecisionType.RETIRE_TOOL));
    }

    @Test
    void noThresholdOrNoSkillsLetsTheApprovalThrough() {
        assertEquals(Optional.empty(), ReadinessGate.mayApprove(null, measured(10, 0)));
        RolloutReadiness noSkills = new RolloutReadiness(true, null, List.of(), 2, List.of(), 0, 0, null, List.of());
        assertEquals(Optional.empty(), ReadinessGate.mayApprove(0.9, noSkills));
    }

    @Test
    void atOrAboveTheThresholdPassesAndBelowIsAConflictNamingBothFigures() {
        assertEquals(Optional.empty(), ReadinessGate.mayApprove(0.6, measured(10, 6)));
        Refusal refusal = ReadinessGate.mayApprove(0.6, measured(12, 5)).orElseThrow();
        assertEquals(Refusal.Kind.CONFLICT, refusal.kind());
        assertTrue(refusal.message().contains("at least 60.0%"), refusal.message());
        assertTrue(refusal.message().contains("measured readiness is 41.7% (5 of 12 sellers"), refusal.message());
    }

    @Test
    void anUnavailableFigureOrNobodyToMeasureRefusesRatherThanPasses() {
        Refusal unavailable = ReadinessGate.mayApprove(
                        0.1,
                        RolloutReadiness.unavailable(
                                List.of("prompt-engineering"),
                                2,
                                List.of("AE"),
                                "skills-service did not answer in time"))
                .orElseThrow();
        assertTrue(unavailable.message().contains("cannot be measured now: skills-service did not answer in time"));
        Refusal nobody = ReadinessGate.mayApprove(0.0, measured(0, 0)).orElseThrow();
        assertTrue(nobody.message().contains("no active seller of AE"), nobody.message());
    }
}
