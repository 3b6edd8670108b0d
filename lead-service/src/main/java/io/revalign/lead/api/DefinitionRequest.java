package io.revalign.lead.api;

import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.lead.domain.qualification.EngagementRule;
import io.revalign.lead.domain.qualification.FitRule;
import io.revalign.lead.domain.qualification.Gate;
import io.revalign.lead.domain.qualification.QualificationRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A qualification definition as marketing drafts it: fit rules, engagement rules, gates and the MQL threshold. */
@Schema(name = "QualificationDefinitionRequest")
public record DefinitionRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Enterprise fit + intent, Q1") String name,
        @Size(max = 2000) String description,
        @Size(max = 100)
                @Schema(description = "Points for attributes: EQUALS, IN, RANGE, EXISTS on a field or attributes.<key>")
                List<FitRule> fitRules,
        @Size(max = 50) @Schema(description = "Points per activity of a type in a window, decaying by half-life")
                List<EngagementRule> engagementRules,
        @Size(max = 50) @Schema(description = "Conditions every MQL must meet, whatever its points") List<Gate> gates,
        @NotNull
                @Schema(description = "Score (0-100) at which a lead that passes every gate is an MQL", examples = "60")
                Integer mqlThreshold) {

    QualificationRules toRules() {
        List<Problem.FieldError> errors = new ArrayList<>();
        nulls("fitRules", fitRules, errors);
        nulls("engagementRules", engagementRules, errors);
        nulls("gates", gates, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new QualificationRules(fitRules, engagementRules, gates, mqlThreshold);
    }

    static void nulls(String field, List<?> items, List<Problem.FieldError> errors) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "must not be null"));
            }
        }
    }
}
