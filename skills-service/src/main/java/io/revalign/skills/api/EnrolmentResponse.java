package io.revalign.skills.api;

import io.revalign.skills.domain.Enrolment;
import io.revalign.skills.domain.EnrolmentStatus;
import io.revalign.skills.domain.LearningModule;
import io.revalign.skills.domain.PlannedGap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enrolment: one module of a seller's plan, with progress. */
@Schema(name = "Enrolment")
public record EnrolmentResponse(
        UUID id,
        UUID sellerId,
        UUID planId,
        int position,
        UUID moduleId,
        String moduleTitle,
        int hours,
        @Schema(description = "The gaps this module closes, as measured when the plan was built") List<Gap> closes,
        LocalDate dueOn,
        @Schema(description = "The schedule could only finish after the target date; due on the target date")
                boolean late,
        @Schema(description = "ASSIGNED, IN_PROGRESS, COMPLETED, WITHDRAWN; OVERDUE when open past dueOn")
                EnrolmentStatus status,
        @Schema(description = "0 to 100") int progress,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant completedAt) {

    /** A gap as the plan measured it. */
    @Schema(name = "PlannedGap")
    public record Gap(String skillKey, int required, int effective, int gap) {
        static Gap from(PlannedGap g) {
            return new Gap(g.skillKey(), g.required(), g.effective(), g.gap());
        }
    }

    public static EnrolmentResponse from(Enrolment e, LearningModule module, LocalDate today) {
        return new EnrolmentResponse(
                e.id,
                e.sellerId,
                e.planId,
                e.position,
                e.moduleId,
                module == null ? null : module.title,
                module == null ? 0 : module.hours,
                e.closes.stream().map(Gap::from).toList(),
                e.dueOn,
                e.late,
                e.shownStatus(today),
                e.progress,
                e.startedAt,
                e.completedAt);
    }
}
