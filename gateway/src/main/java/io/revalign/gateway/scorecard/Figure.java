package io.revalign.gateway.scorecard;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One headline number of the scorecard beside the survey's benchmark for it. */
@Schema(name = "ScorecardFigure")
public record Figure(
        @Schema(examples = "sellersNeedingReskilling") String key,
        @Schema(examples = "Sellers needing reskilling") String title,
        @Schema(description = "The share, 0 to 1", examples = "0.5833") double value,
        @Schema(description = "The survey's figure for the same share, 0 to 1", examples = "0.58") double benchmark,
        @Schema(examples = "58% of sellers will need reskilling or upskilling by 2026 (survey of 243 sales leaders)")
                String benchmarkNote,
        @Schema(description = "Counts and secondary figures behind the value") Map<String, Object> detail,
        @Schema(examples = "skills-service GET /api/readiness") String source) {}
