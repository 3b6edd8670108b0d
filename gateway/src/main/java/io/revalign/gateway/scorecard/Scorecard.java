package io.revalign.gateway.scorecard;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three headline numbers that are available now, and why any other is missing. */
@Schema(name = "Scorecard")
public record Scorecard(Instant asOf, List<Figure> figures, List<Missing> missing) {

    /** A figure the scorecard could not get, and why. */
    @Schema(name = "ScorecardMissing")
    public record Missing(
            @Schema(examples = "definitionAgreement") String key,
            @Schema(examples = "lead") String service,
            @Schema(examples = "lead-service answered 404 to GET /api/reports/alignment") String reason) {}
}
