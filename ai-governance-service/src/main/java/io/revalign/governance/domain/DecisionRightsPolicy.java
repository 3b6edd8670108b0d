package io.revalign.governance.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of a decision-rights policy, pure: every cell names known roles and exactly one
 * Accountable role; a (decision type, category) pair has at most one cell; and every decision type
 * is covered for every tool category, by its own cell or by the type's default cell (no category).
 */
public final class DecisionRightsPolicy {

    /** The roles a token may carry (the {@code groups} claim). */
    public static final Set<String> ROLES = Set.of(
            "marketing",
            "marketing-leader",
            "sales",
            "sales-leader",
            "seller",
            "enablement",
            "revops",
            "it",
            "security",
            "legal",
            "integration",
            "admin");

    private DecisionRightsPolicy() {}

    /** A broken rule: the field (e.g. {@code cells[2].raci}) and what is wrong with it. */
    public record Violation(String field, String message) {}

    /** Every rule the cells break; empty when they form a valid policy. */
    public static List<Violation> violations(List<PolicyCell> cells) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            PolicyCell cell = cells.get(i);
            String field = "cells[" + i + "]";
            if (cell == null || cell.decisionType() == null) {
                violations.add(new Violation(field + ".decisionType", "must not be null"));
                continue;
            }
            String key = cell.decisionType() + "/" + Objects.toString(cell.toolCategory(), "*");
            if (!seen.add(key)) {
                violations.add(new Violation(
                        field,
                        "repeats the cell for " + cell.decisionType() + " and "
                                + (cell.toolCategory() == null ? "every other category" : cell.toolCategory())));
            }
            for (Map.Entry<String, RaciLetter> entry : cell.raci().entrySet()) {
                if (!ROLES.contains(entry.getKey())) {
                    violations.add(new Violation(
                            field + ".raci",
                            "names the unknown role '" + entry.getKey() + "'; roles are "
                                    + String.join(", ", sorted())));
                }
                if (entry.getValue() == null) {
                    violations.add(new Violation(
                            field + ".raci", "gives role '" + entry.getKey() + "' no letter; use R, A, C or I"));
                }
            }
            if (cell.readinessThreshold() != null) {
                double threshold = cell.readinessThreshold();
                if (!(threshold >= 0 && threshold <= 1)) {
                    violations.add(new Violation(field + ".readinessThreshold", "must be a share from 0 to 1"));
                } else if (!ReadinessGate.appliesTo(cell.decisionType())) {
                    violations.add(new Violation(
                            field + ".readinessThreshold",
                            "applies to APPROVE_PILOT and APPROVE_ROLLOUT only, not " + cell.decisionType()));
                }
            }
            int accountable = cell.rolesWith(RaciLetter.A).size();
            if (accountable != 1) {
                violations.add(new Violation(
                        field + ".raci", "must name exactly one Accountable (A) role, not " + accountable));
            }
        }
        for (DecisionType type : DecisionType.values()) {
            if (seen.contains(type + "/*")) {
                continue;
            }
            Set<ToolCategory> missing = EnumSet.allOf(ToolCategory.class);
            missing.removeIf(category -> seen.contains(type + "/" + category));
            if (!missing.isEmpty()) {
                violations.add(new Violation(
                        "cells",
                        "do not cover " + type + " for " + missing
                                + "; add a cell for each or one without toolCategory for every other category"));
            }
        }
        return violations;
    }

    /** The cell that applies to a decision of {@code type} about a tool of {@code category}. */
    public static PolicyCell cellFor(List<PolicyCell> cells, DecisionType type, ToolCategory category) {
        PolicyCell fallback = null;
        for (PolicyCell cell : cells) {
            if (cell.decisionType() != type) {
                continue;
            }
            if (cell.toolCategory() == category) {
                return cell;
            }
            if (cell.toolCategory() == null) {
                fallback = cell;
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("The policy does not cover " + type + " for " + category);
        }
        return fallback;
    }

    private static List<String> sorted() {
        return ROLES.stream().sorted().toList();
    }
}
