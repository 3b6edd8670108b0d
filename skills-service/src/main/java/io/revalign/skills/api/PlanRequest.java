package io.revalign.skills.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to schedule a plan; both optional. */
@Schema(name = "PlanRequest")
public record PlanRequest(
        @Schema(description = "First day of learning; default today", examples = "2026-12-07", nullable = true)
                LocalDate startOn,
        @Min(1) @Max(40) @Schema(description = "Learning hours per week, 1 to 40; default 4", examples = "4")
                Integer hoursPerWeek) {}
