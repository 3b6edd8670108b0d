package io.revalign.gateway.scorecard;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The three headline numbers beside the survey's benchmarks, as JSON (the page is {@link ScorecardPage}). */
@Path("/api/scorecard")
@Tag(name = "Scorecard", description = "Where the revenue team stands against the survey")
public class ScorecardResource {

    static final String EXAMPLE =
            """
            {"asOf": "2026-12-04T09:30:00Z",
             "figures": [
              {"key": "sellersNeedingReskilling", "title": "Sellers needing reskilling", "value": 0.5833,
               "benchmark": 0.58, "benchmarkNote": "58% of sellers will need reskilling or upskilling by 2026",
               "detail": {"sellers": 12, "needingReskilling": 7}, "source": "skills-service GET /api/readiness"},
              {"key": "salesLeadershipAccountable", "title": "AI-tool decisions where sales leadership is accountable",
               "value": 0.75, "benchmark": 0.23,
               "benchmarkNote": "23% of sales leaders are accountable for their teams' AI tools; 68% give input or are informed",
               "detail": {"decisions": 40, "inputOrInformed": 0.2, "benchmarkInputOrInformed": 0.68},
               "source": "ai-governance-service GET /api/governance/reports/sales-leadership"}],
             "missing": [{"key": "definitionAgreement", "service": "lead",
                          "reason": "lead-service did not answer within 2000 ms"}]}""";

    private final Scorecards scorecards;

    public ScorecardResource(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getScorecard",
            summary = "The three headline numbers beside their benchmarks",
            description = "Definition agreement (lead-service), sellers needing reskilling (skills-service) and"
                    + " AI-tool decisions where sales leadership is accountable (ai-governance-service), asked of the"
                    + " services at once with your token, each within revalign.gateway.scorecard-timeout. A figure a"
                    + " service cannot give — down, slow, your roles, no data yet — is listed under `missing` with the"
                    + " reason; the answer is still 200.")
    @APIResponse(
            responseCode = "200",
            description = "The figures that came back, and the reasons for those that did not",
            content =
                    @Content(
                            schema = @Schema(implementation = Scorecard.class),
                            examples = @ExampleObject(name = "one service slow", value = EXAMPLE)))
    public Scorecard scorecard(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return scorecards.compose(authorization);
    }
}
