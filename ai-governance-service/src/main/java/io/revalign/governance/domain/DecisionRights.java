package io.revalign.governance.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The RACI check of a decision, pure: who may request it (a Responsible or the Accountable role),
 * who may give input (each Consulted role once, while it is open) and who may decide (only the
 * Accountable role, once, after every Consulted input or with an override reason). Rights are
 * checked before state, so a role without the right hears 403 even on a decided request.
 */
public final class DecisionRights {

    private DecisionRights() {}

    /** Whether a caller holding {@code callerRoles} may request a decision under {@code raci}. */
    public static Optional<Refusal> mayRequest(Map<String, RaciLetter> raci, Set<String> callerRoles) {
        List<String> requesters = raci.entrySet().stream()
                .filter(e -> e.getValue() == RaciLetter.R || e.getValue() == RaciLetter.A)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (requesters.stream().noneMatch(callerRoles::contains)) {
            return Optional.of(Refusal.forbidden("Only the Responsible or Accountable roles ("
                    + String.join(", ", requesters) + ") may request this decision"));
        }
        return Optional.empty();
    }

    /** Whether a caller may record {@code role}'s input on a decision in {@code status}. */
    public static Optional<Refusal> mayGiveInput(
            Map<String, RaciLetter> raci,
            Set<String> callerRoles,
            String role,
            DecisionStatus status,
            Set<String> rolesThatGaveInput) {
        List<String> consulted = consulted(raci);
        if (!callerRoles.contains(role)) {
            return Optional.of(Refusal.forbidden("You do not hold the role " + role + "; input is given by a holder of "
                    + "one of the Consulted roles (" + String.join(", ", consulted) + ")"));
        }
        if (raci.get(role) != RaciLetter.C) {
            RaciLetter letter = raci.get(role);
            return Optional.of(Refusal.forbidden("The role " + role + " is "
                    + (letter == null ? "not part of this decision" : name(letter) + " in this decision")
                    + "; only the Consulted roles (" + String.join(", ", consulted) + ") give input"));
        }
        if (status == DecisionStatus.DECIDED) {
            return Optional.of(Refusal.conflict("The decision has been made; input from " + role + " is too late"));
        }
        if (rolesThatGaveInput.contains(role)) {
            return Optional.of(Refusal.conflict("The role " + role + " has already given its input"));
        }
        return Optional.empty();
    }

    /** Whether a caller may decide; {@code overrideReason} may be null or blank when no input is missing. */
    public static Optional<Refusal> mayDecide(
            Map<String, RaciLetter> raci,
            Set<String> callerRoles,
            DecisionStatus status,
            Set<String> rolesThatGaveInput,
            String overrideReason) {
        String accountable = accountable(raci);
        if (!callerRoles.contains(accountable)) {
            return Optional.of(Refusal.forbidden("Only the Accountable role " + accountable + " may decide"));
        }
        if (status == DecisionStatus.DECIDED) {
            return Optional.of(Refusal.conflict("The decision has already been made"));
        }
        List<String> missing = missingInputs(raci, rolesThatGaveInput);
        if (!missing.isEmpty() && (overrideReason == null || overrideReason.isBlank())) {
            return Optional.of(Refusal.conflict("Input from " + String.join(", ", missing)
                    + " is missing; decide after it arrives or give an overrideReason"));
        }
        return Optional.empty();
    }

    /** The Consulted roles that have not given input yet, in name order. */
    public static List<String> missingInputs(Map<String, RaciLetter> raci, Set<String> rolesThatGaveInput) {
        return consulted(raci).stream()
                .filter(role -> !rolesThatGaveInput.contains(role))
                .toList();
    }

    /** The one Accountable role. */
    public static String accountable(Map<String, RaciLetter> raci) {
        return raci.entrySet().stream()
                .filter(e -> e.getValue() == RaciLetter.A)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No Accountable role"));
    }

    private static List<String> consulted(Map<String, RaciLetter> raci) {
        return raci.entrySet().stream()
                .filter(e -> e.getValue() == RaciLetter.C)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static String name(RaciLetter letter) {
        return switch (letter) {
            case R -> "Responsible";
            case A -> "Accountable";
            case C -> "Consulted";
            case I -> "Informed";
        };
    }
}
