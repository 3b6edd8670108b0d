package io.revalign.skills.api;

import io.revalign.skills.domain.AssessmentSource;
import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.service.GapReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seller's gaps against their role profile version. */
@Schema(name = "SellerGaps")
public record GapResponse(
        UUID sellerId,
        SellerRole role,
        @Schema(nullable = true, description = "The profile version measured against; null when the role has none")
                Profile profile,
        @Schema(nullable = true, description = "The date answered for; null means now") Instant asOf,
        boolean needsReskilling,
        @Schema(description = "Each required skill, largest gap first") List<Line> gaps) {

    /** The role profile version a gap is explained by. */
    @Schema(name = "ProfileVersion")
    public record Profile(UUID id, int version, LocalDate targetDate) {}

    /** One required skill. */
    @Schema(name = "SkillGapLine")
    public record Line(
            String skillKey,
            String skillName,
            int required,
            int effective,
            int gap,
            @Schema(nullable = true, description = "Source of the effective assessment; null when never assessed")
                    AssessmentSource source,
            @Schema(nullable = true) Instant assessedAt) {}

    public static GapResponse from(GapReport report) {
        return new GapResponse(
                report.seller().id,
                report.seller().role,
                report.profile() == null
                        ? null
                        : new Profile(report.profile().id, report.profile().version, report.profile().targetDate),
                report.asOf(),
                report.needsReskilling(),
                report.lines().stream()
                        .map(l -> new Line(
                                l.skill().key,
                                l.skill().name,
                                l.gap().required().value(),
                                l.gap().effective().value(),
                                l.gap().size(),
                                l.effective() == null ? null : l.effective().source(),
                                l.effective() == null ? null : l.effective().assessedAt()))
                        .toList());
    }
}
