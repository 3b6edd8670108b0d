package io.revalign.governance.service;

import io.revalign.governance.domain.Decision;
import io.revalign.governance.domain.DecisionInput;
import io.revalign.governance.domain.DecisionRights;
import io.revalign.governance.domain.ToolStatus;
import java.util.List;
import java.util.stream.Collectors;

/** A decision with its inputs, the Consulted roles still to give input, and the tool's status now. */
public record DecisionView(
        Decision decision, List<DecisionInput> inputs, List<String> pendingInputs, ToolStatus toolStatus) {

    static DecisionView of(Decision decision, List<DecisionInput> inputs, ToolStatus toolStatus) {
        List<String> pending = DecisionRights.missingInputs(
                decision.raci, inputs.stream().map(input -> input.role).collect(Collectors.toSet()));
        return new DecisionView(decision, List.copyOf(inputs), pending, toolStatus);
    }
}
