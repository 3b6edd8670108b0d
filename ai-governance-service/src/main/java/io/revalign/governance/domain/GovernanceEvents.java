package io.revalign.governance.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events ai-governance-service announces to webhook subscribers (docs/integrations.md), and what
 * each one's {@code data} says. A decision's notifications for its Consulted and Informed roles are
 * these events: the roles are listed in them, and a subscriber (a chat bot, skills-service's
 * AI-literacy gate) acts on what concerns it.
 */
public final class GovernanceEvents {

    /** A decision request was opened: its Consulted roles are asked for input by a date. */
    public static final String CONSULTATION_REQUESTED = "consultation.requested";

    /**
     * The Accountable role decided: outcome, the tool's new status, the skills its users need, the
     * seller roles and level a pilot or rollout affects, and the Informed roles.
     */
    public static final String DECISION_MADE = "decision.made";

    /** A decision moved a tool from one status to another. */
    public static final String TOOL_STATUS_CHANGED = "tool.status_changed";

    /** Every type a subscription may ask for. */
    public static final List<String> ALL = List.of(DECISION_MADE, TOOL_STATUS_CHANGED, CONSULTATION_REQUESTED);

    private GovernanceEvents() {}

    /** The data of {@code consultation.requested}. */
    public static Map<String, Object> consultationRequested(Decision decision, AiTool tool, List<String> consulted) {
        Map<String, Object> data = decision(decision, tool);
        data.put("consultedRoles", List.copyOf(consulted));
        data.put("requestedBy", decision.requestedBy);
        data.put("inputsDueAt", decision.inputsDueAt.toString());
        data.put("decisionDueAt", decision.decisionDueAt.toString());
        return data;
    }

    /** The data of {@code decision.made}, once the decision is decided and the tool moved. */
    public static Map<String, Object> decisionMade(Decision decision, AiTool tool, List<String> informed) {
        Map<String, Object> data = decision(decision, tool);
        data.put("outcome", decision.outcome.name());
        data.put("toolStatus", tool.status.name());
        data.put("skillKeys", List.copyOf(tool.skillKeys));
        data.put("sellerRoles", decision.sellerRoles.stream().map(Enum::name).toList());
        data.put("requiredLevel", decision.requiredLevel);
        data.put("overridden", decision.overrideReason != null);
        data.put("informedRoles", List.copyOf(informed));
        data.put("decidedBy", decision.decidedBy);
        data.put("decidedAt", decision.decidedAt.toString());
        return data;
    }

    /** The data of {@code tool.status_changed}: from which status to which, by which decision. */
    public static Map<String, Object> toolStatusChanged(AiTool tool, ToolStatus from, Decision decision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("toolId", tool.id.toString());
        data.put("toolName", tool.name);
        data.put("category", tool.category.name());
        data.put("from", from.name());
        data.put("to", tool.status.name());
        data.put("decisionId", decision.id.toString());
        data.put("decisionType", decision.decisionType.name());
        data.put("changedAt", decision.decidedAt.toString());
        return data;
    }

    private static Map<String, Object> decision(Decision decision, AiTool tool) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("decisionId", decision.id.toString());
        data.put("toolId", tool.id.toString());
        data.put("toolName", tool.name);
        data.put("toolCategory", tool.category.name());
        data.put("decisionType", decision.decisionType.name());
        data.put("policyVersion", decision.policyVersion);
        return data;
    }

    /** The roles holding {@code letter} in the decision's RACI cell, in name order. */
    public static List<String> rolesWith(Decision decision, RaciLetter letter) {
        List<String> roles = new ArrayList<>();
        decision.raci.forEach((role, held) -> {
            if (held == letter) {
                roles.add(role);
            }
        });
        return roles;
    }
}
