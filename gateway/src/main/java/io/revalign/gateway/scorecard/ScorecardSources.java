package io.revalign.gateway.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each headline number comes from and how it is read from the service's answer: the survey's
 * three gaps — marketing and sales disagreeing on a qualified lead (49% of companies), sellers
 * needing reskilling (58%), sales leaders accountable for their AI tools (23%; 68% give input or are
 * informed).
 */
final class ScorecardSources {

    /** One figure: its service, the report to ask and how to read it (empty when the report has no data yet). */
    record Source(String key, String service, String path, Reader reader) {

        /** The service's application name, as people know it. */
        String application() {
            return service.equals("governance") ? "ai-governance-service" : service + "-service";
        }
    }

    interface Reader {
        Optional<Figure> read(JsonNode report);
    }

    static final Source AGREEMENT =
            new Source("definitionAgreement", "lead", "/api/reports/alignment", ScorecardSources::agreement);
    static final Source RESKILLING =
            new Source("sellersNeedingReskilling", "skills", "/api/readiness", ScorecardSources::reskilling);
    static final Source ACCOUNTABLE = new Source(
            "salesLeadershipAccountable",
            "governance",
            "/api/governance/reports/sales-leadership",
            ScorecardSources::accountable);

    private ScorecardSources() {}

    /** Agreement between marketing's definition and sales' verdicts: the agreement rate, with Cohen's kappa. */
    static Optional<Figure> agreement(JsonNode report) {
        JsonNode rate = report.path("agreementRate");
        if (!rate.isNumber()) {
            return Optional.empty();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put(
                "kappa", report.path("kappa").isNumber() ? report.path("kappa").doubleValue() : null);
        return Optional.of(new Figure(
                AGREEMENT.key(),
                "Marketing and sales agree on qualified leads",
                rate.doubleValue(),
                0.51,
                "49% of companies say sales and marketing disagree on what a qualified lead is",
                detail,
                "lead-service GET " + AGREEMENT.path()));
    }

    static Optional<Figure> reskilling(JsonNode report) {
        JsonNode share = report.path("shareNeedingReskilling");
        if (!share.isNumber() || report.path("sellers").asLong() == 0) {
            return Optional.empty();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("sellers", report.path("sellers").asLong());
        detail.put("needingReskilling", report.path("needingReskilling").asLong());
        return Optional.of(new Figure(
                RESKILLING.key(),
                "Sellers needing reskilling",
                share.doubleValue(),
                report.path("benchmark").path("share").asDouble(0.58),
                "58% of sellers will need reskilling or upskilling by 2026",
                detail,
                "skills-service GET " + RESKILLING.path()));
    }

    static Optional<Figure> accountable(JsonNode report) {
        JsonNode decisions = report.path("decisions");
        JsonNode share = decisions.path("accountable").path("share");
        if (!share.isNumber() || decisions.path("total").asLong() == 0) {
            return Optional.empty();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("decisions", decisions.path("total").asLong());
        detail.put(
                "inputOrInformed",
                decisions.path("inputOrInformed").path("share").asDouble());
        detail.put(
                "benchmarkInputOrInformed",
                report.path("benchmark").path("inputOrInformed").asDouble(0.68));
        return Optional.of(new Figure(
                ACCOUNTABLE.key(),
                "AI-tool decisions where sales leadership is accountable",
                share.doubleValue(),
                report.path("benchmark").path("accountable").asDouble(0.23),
                "23% of sales leaders are accountable for their teams' AI tools; 68% give input or are informed",
                detail,
                "ai-governance-service GET " + ACCOUNTABLE.path()));
    }
}
