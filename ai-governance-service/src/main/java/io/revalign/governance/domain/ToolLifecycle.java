package io.revalign.governance.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How decisions move a tool's status, pure. SELECT_TOOL takes a PROPOSED (or earlier REJECTED)
 * tool into EVALUATING, APPROVE_PILOT a PROPOSED or EVALUATING tool into PILOT, APPROVE_ROLLOUT an
 * EVALUATING or PILOT tool to APPROVED, RETIRE_TOOL any tool in use to RETIRED. A rejection of
 * the first three rejects the tool; a rejected retirement leaves it as it is. A tool whose risk tier
 * is PROHIBITED cannot be approved for anything but retirement.
 */
public final class ToolLifecycle {

    private ToolLifecycle() {}

    /** The statuses a tool must be in for a decision of {@code type} to be requested or made. */
    public static Set<ToolStatus> from(DecisionType type) {
        return switch (type) {
            case SELECT_TOOL -> EnumSet.of(ToolStatus.PROPOSED, ToolStatus.REJECTED);
            case APPROVE_PILOT -> EnumSet.of(ToolStatus.PROPOSED, ToolStatus.EVALUATING);
            case APPROVE_ROLLOUT -> EnumSet.of(ToolStatus.EVALUATING, ToolStatus.PILOT);
            case RETIRE_TOOL -> EnumSet.of(ToolStatus.EVALUATING, ToolStatus.PILOT, ToolStatus.APPROVED);
        };
    }

    /** A 409 when a tool in {@code status} cannot be the subject of a decision of {@code type}. */
    public static Optional<Refusal> mayRequest(DecisionType type, ToolStatus status) {
        if (!from(type).contains(status)) {
            return Optional.of(Refusal.conflict(
                    "A " + type + " decision needs a tool in " + from(type) + "; this tool is " + status));
        }
        return Optional.empty();
    }

    /** A 409 when the outcome cannot apply to the tool as it is now. */
    public static Optional<Refusal> mayApply(DecisionType type, ToolStatus status, RiskTier tier, Outcome outcome) {
        Optional<Refusal> wrongStatus = mayRequest(type, status);
        if (wrongStatus.isPresent()) {
            return wrongStatus;
        }
        if (outcome == Outcome.APPROVED && type != DecisionType.RETIRE_TOOL && tier == RiskTier.PROHIBITED) {
            return Optional.of(Refusal.conflict("The tool's risk tier is PROHIBITED; it cannot be approved"));
        }
        return Optional.empty();
    }

    /** The tool's status after the outcome. */
    public static ToolStatus after(DecisionType type, ToolStatus status, Outcome outcome) {
        if (outcome == Outcome.REJECTED) {
            return type == DecisionType.RETIRE_TOOL ? status : ToolStatus.REJECTED;
        }
        return switch (type) {
            case SELECT_TOOL -> ToolStatus.EVALUATING;
            case APPROVE_PILOT -> ToolStatus.PILOT;
            case APPROVE_ROLLOUT -> ToolStatus.APPROVED;
            case RETIRE_TOOL -> ToolStatus.RETIRED;
        };
    }
}
