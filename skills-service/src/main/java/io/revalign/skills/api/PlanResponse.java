package io.revalign.skills.api;

import io.revalign.skills.service.PlanView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reskilling plan: its steps in order, the gaps no module covers, the hours. */
@Schema(name = "Plan")
public record PlanResponse(
        UUID id,
        UUID sellerId,
        GapResponse.Profile profile,
        LocalDate startOn,
        int hoursPerWeek,
        int totalHours,
        @Schema(description = "Modules in order, each an enrolment") List<EnrolmentResponse> steps,
        @Schema(description = "Gaps no module of the catalogue closes: listed, never hidden")
                List<EnrolmentResponse.Gap> uncovered,
        @Schema(nullable = true) Instant supersededAt,
        String createdBy,
        Instant createdAt) {

    public static PlanResponse from(PlanView view, LocalDate today) {
        return new PlanResponse(
                view.plan().id,
                view.plan().sellerId,
                new GapResponse.Profile(view.profile().id, view.profile().version, view.profile().targetDate),
                view.plan().startOn,
                view.plan().hoursPerWeek,
                view.plan().totalHours,
                view.steps().stream()
                        .map(s -> EnrolmentResponse.from(s.enrolment(), s.module(), today))
                        .toList(),
                view.plan().uncovered.stream().map(EnrolmentResponse.Gap::from).toList(),
                view.plan().supersededAt,
                view.plan().createdBy,
                view.plan().createdAt);
    }
}
