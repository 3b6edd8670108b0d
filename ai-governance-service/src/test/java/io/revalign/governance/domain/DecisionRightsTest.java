package io.revalign.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionRightsTest {

    static final Map<String, RaciLetter> RACI = Map.of(
            "sales-leader", RaciLetter.A,
            "revops", RaciLetter.R,
            "it", RaciLetter.C,
            "security", RaciLetter.C,
            "sales", RaciLetter.I);

    @Test
    void onlyTheAccountableRoleDecidesAndOnlyOnce() {
        Refusal consulted = DecisionRights.mayDecide(
                        RACI, Set.of("it"), DecisionStatus.OPEN, Set.of("it", "security"), null)
                .orElseThrow();
        assertEquals(Refusal.Kind.FORBIDDEN, consulted.kind());
        assertEquals("Only the Accountable role sales-leader may decide", consulted.message());
        assertTrue(DecisionRights.mayDecide(
                        RACI, Set.of("sales-leader"), DecisionStatus.OPEN, Set.of("it", "security"), null)
                .isEmpty());
        assertEquals(
                Refusal.Kind.CONFLICT,
                DecisionRights.mayDecide(
                                RACI, Set.of("sales-leader"), DecisionStatus.DECIDED, Set.of("it", "security"), null)
                        .orElseThrow()
                        .kind());
    }

    @Test
    void missingInputsNeedAnOverrideReason() {
        Refusal missing = DecisionRights.mayDecide(RACI, Set.of("sales-leader"), DecisionStatus.OPEN, Set.of("it"), " ")
                .orElseThrow();
        assertEquals(Refusal.Kind.CONFLICT, missing.kind());
        assertTrue(missing.message().startsWith("Input from security is missing"));
        assertTrue(DecisionRights.mayDecide(RACI, Set.of("sales-leader"), DecisionStatus.OPEN, Set.of("it"), "urgent")
                .isEmpty());
        assertEquals(List.of("it", "security"), DecisionRights.missingInputs(RACI, Set.of()));
    }

    @Test
    void onlyConsultedRolesGiveInputOnceWhileOpen() {
        Refusal informed = DecisionRights.mayGiveInput(RACI, Set.of("sales"), "sales", DecisionStatus.OPEN, Set.of())
                .orElseThrow();
        assertEquals(Refusal.Kind.FORBIDDEN, informed.kind());
        assertEquals(
                "The role sales is Informed in this decision; only the Consulted roles (it, security) give input",
                informed.message());
        assertEquals(
                Refusal.Kind.FORBIDDEN,
                DecisionRights.mayGiveInput(RACI, Set.of("sales"), "it", DecisionStatus.OPEN, Set.of())
                        .orElseThrow()
                        .kind());
        assertEquals(
                Refusal.Kind.CONFLICT,
                DecisionRights.mayGiveInput(RACI, Set.of("it"), "it", DecisionStatus.DECIDED, Set.of())
                        .orElseThrow()
                        .kind());
        assertEquals(
                Refusal.Kind.CONFLICT,
                DecisionRights.mayGiveInput(RACI, Set.of("it"), "it", DecisionStatus.OPEN, Set.of("it"))
                        .orElseThrow()
                        .kind());
        assertTrue(DecisionRights.mayGiveInput(RACI, Set.of("it", "sales"), "it", DecisionStatus.OPEN, Set.of())
                .isEmpty());
    }

    @Test
    void responsibleOrAccountableRequest() {
        assertTrue(DecisionRights.mayRequest(RACI, Set.of("revops")).isEmpty());
        assertTrue(DecisionRights.mayRequest(RACI, Set.of("sales-leader")).isEmpty());
        assertEquals(
                Refusal.Kind.FORBIDDEN,
                DecisionRights.mayRequest(RACI, Set.of("it", "sales"))
                        .orElseThrow()
                        .kind());
    }

    @Test
    void policyNeedsExactlyOneAccountableKnownRolesAndFullCoverage() {
        List<PolicyCell> valid = java.util.Arrays.stream(DecisionType.values())
                .map(type -> new PolicyCell(type, null, RACI))
                .toList();
        assertTrue(DecisionRightsPolicy.violations(valid).isEmpty());
        assertEquals(
                RACI,
                DecisionRightsPolicy.cellFor(valid, DecisionType.RETIRE_TOOL, ToolCategory.OTHER)
                        .raci());

        List<PolicyCell> twoAccountable = new java.util.ArrayList<>(valid);
        twoAccountable.set(
                0,
                new PolicyCell(
                        DecisionType.SELECT_TOOL, null, Map.of("sales-leader", RaciLetter.A, "it", RaciLetter.A)));
        assertEquals(
                List.of(new DecisionRightsPolicy.Violation(
                        "cells[0].raci", "must name exactly one Accountable (A) role, not 2")),
                DecisionRightsPolicy.violations(twoAccountable));

        List<PolicyCell> unknownRole = new java.util.ArrayList<>(valid);
        unknownRole.set(1, new PolicyCell(DecisionType.APPROVE_PILOT, null, Map.of("cfo", RaciLetter.A)));
        assertTrue(DecisionRightsPolicy.violations(unknownRole)
                .get(0)
                .message()
                .startsWith("names the unknown role 'cfo'"));

        List<PolicyCell> uncovered = List.of(
                new PolicyCell(DecisionType.SELECT_TOOL, ToolCategory.OTHER, RACI),
                new PolicyCell(DecisionType.APPROVE_PILOT, null, RACI),
                new PolicyCell(DecisionType.APPROVE_ROLLOUT, null, RACI),
                new PolicyCell(DecisionType.RETIRE_TOOL, null, RACI),
                new PolicyCell(DecisionType.RETIRE_TOOL, null, RACI));
        List<DecisionRightsPolicy.Violation> violations = DecisionRightsPolicy.violations(uncovered);
        assertEquals(2, violations.size());
        assertEquals("cells[4]", violations.get(0).field());
        assertTrue(violations.get(1).message().startsWith("do not cover SELECT_TOOL for [ASSISTANT"));
    }

    @Test
    void lifecycleMovesTheStatusAndRefusesProhibitedApprovals() {
        assertEquals(
                ToolStatus.EVALUATING,
                ToolLifecycle.after(DecisionType.SELECT_TOOL, ToolStatus.PROPOSED, Outcome.APPROVED));
        assertEquals(
                ToolStatus.REJECTED,
                ToolLifecycle.after(DecisionType.APPROVE_ROLLOUT, ToolStatus.PILOT, Outcome.REJECTED));
        assertEquals(
                ToolStatus.APPROVED,
                ToolLifecycle.after(DecisionType.RETIRE_TOOL, ToolStatus.APPROVED, Outcome.REJECTED));
        assertEquals(
                ToolStatus.RETIRED, ToolLifecycle.after(DecisionType.RETIRE_TOOL, ToolStatus.PILOT, Outcome.APPROVED));
        assertTrue(ToolLifecycle.mayRequest(DecisionType.APPROVE_ROLLOUT, ToolStatus.PROPOSED)
                .isPresent());
        assertTrue(ToolLifecycle.mayApply(
                        DecisionType.APPROVE_PILOT, ToolStatus.EVALUATING, RiskTier.PROHIBITED, Outcome.APPROVED)
                .isPresent());
        assertTrue(ToolLifecycle.mayApply(
                        DecisionType.APPROVE_PILOT, ToolStatus.EVALUATING, RiskTier.PROHIBITED, Outcome.REJECTED)
                .isEmpty());
    }
}
