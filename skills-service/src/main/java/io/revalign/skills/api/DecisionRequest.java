package io.revalign.skills.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manager's decision on a proposed COURSE assessment. */
@Schema(name = "AssessmentDecisionRequest")
public record DecisionRequest(
        @NotNull Decision decision,
        @Size(max = 2000) @Schema(examples = "Seen in the Acme discovery call: prompts used well") String comment) {

    /** Confirm (the level counts) or reject (it never does). */
    public enum Decision {
        CONFIRM,
        REJECT
    }
}
