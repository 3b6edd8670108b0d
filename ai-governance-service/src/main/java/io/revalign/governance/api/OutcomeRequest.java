package io.revalign.governance.api;

import io.revalign.governance.domain.Outcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Accountable role's decision. */
@Schema(name = "DecisionOutcomeRequest")
public record OutcomeRequest(
        @NotNull Outcome outcome,
        @Size(max = 4000) @Schema(examples = "Evaluate for one quarter") String rationale,
        @Size(max = 4000)
                @Schema(
                        description =
                                "Needed when a Consulted role has not given input yet; recorded with the decision",
                        examples = "Legal reviews the DPA in the pilot")
                String overrideReason) {}
