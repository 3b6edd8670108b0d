package io.revalign.lead.api;

import io.revalign.lead.domain.Segment;
import io.revalign.lead.domain.alignment.AgreementTable;
import io.revalign.lead.domain.alignment.Alignment;
import io.revalign.lead.domain.alignment.ReasonCount;
import io.revalign.lead.domain.alignment.RuleCount;
import io.revalign.lead.domain.alignment.VerdictCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The alignment report as the API shows it; rates and kappa to three decimals. */
@Schema(name = "AlignmentReport")
public record AlignmentResponse(
        LocalDate from,
        LocalDate to,
        @Schema(nullable = true) Segment segment,
        @Schema(nullable = true) Integer definitionVersion,
        long mqls,
        long accepted,
        long rejected,
        long recycled,
        long open,
        long pulled,
        long breached,
        @Schema(nullable = true) Double acceptanceRate,
        Table table,
        @Schema(nullable = true, description = "0..1; null without verdicts") Double agreementRate,
        @Schema(nullable = true, description = "Cohen's kappa, -1..1; null when undefined") Double kappa,
        Benchmark benchmark,
        List<VersionFigures> byDefinitionVersion,
        List<Reason> topRejectionReasons,
        List<Rule> rulesOnRejected,
        Map<String, String> definitions) {

    /** The 2×2 table. */
    @Schema(name = "AgreementTable")
    public record Table(long bothYes, long marketingOnly, long salesOnly, long bothNo, long total) {

        static Table from(AgreementTable t) {
            return new Table(t.bothYes(), t.marketingOnly(), t.salesOnly(), t.bothNo(), t.total());
        }
    }

    /** The survey figure the agreement stands beside. */
    @Schema(name = "AlignmentBenchmark")
    public record Benchmark(double disagreementShare, double agreementShare, String source) {}

    /** The figures of one definition version (null: leads no definition had scored). */
    @Schema(name = "AlignmentVersionFigures")
    public record VersionFigures(
            @Schema(nullable = true) Integer definitionVersion,
            long mqls,
            long accepted,
            long rejected,
            long recycled,
            long open,
            long pulled,
            long breached,
            @Schema(nullable = true) Double acceptanceRate,
            Table table,
            @Schema(nullable = true) Double agreementRate,
            @Schema(nullable = true) Double kappa) {

        static VersionFigures from(VerdictCounts c) {
            return new VersionFigures(
                    c.definitionVersion(),
                    c.mqls(),
                    c.accepted(),
                    c.rejected(),
                    c.recycled(),
                    c.open(),
                    c.pulled(),
                    c.breached(),
                    round(c.acceptanceRate()),
                    Table.from(c.table()),
                    round(c.table().agreementRate()),
                    round(c.table().kappa()));
        }
    }

    /** A rejection reason and how often it was given. */
    @Schema(name = "AlignmentRejectionReason")
    public record Reason(String code, String label, long count, double share) {

        static Reason from(ReasonCount r) {
            return new Reason(r.code(), r.label(), r.count(), round(r.share()));
        }
    }

    /** A rule and how often it fired on hand-offs sales said "no" to, beside those it accepted. */
    @Schema(name = "AlignmentRuleOnRejected")
    public record Rule(
            int definitionVersion,
            String rule,
            String kind,
            long rejected,
            double shareOfRejected,
            @Schema(nullable = true) Double shareOfAccepted) {

        static Rule from(RuleCount r) {
            return new Rule(
                    r.definitionVersion(),
                    r.rule(),
                    r.kind(),
                    r.onRejected(),
                    round(r.shareOfRejected()),
                    round(r.shareOfAccepted()));
        }
    }

    static final String SURVEY =
            "Survey of 243 sales leaders: 49% say sales' definition of a qualified lead differs significantly from"
                    + " marketing's";

    /** How each figure is counted, in the words of docs/alignment.md. */
    static final Map<String, String> DEFINITIONS = describeFigures();

    static AlignmentResponse from(Alignment report, LocalDate from, LocalDate to) {
        VerdictCounts t = report.total();
        return new AlignmentResponse(
                from,
                to,
                report.query().segment(),
                report.query().definitionVersion(),
                t.mqls(),
                t.accepted(),
                t.rejected(),
                t.recycled(),
                t.open(),
                t.pulled(),
                t.breached(),
                round(t.acceptanceRate()),
                Table.from(t.table()),
                round(t.table().agreementRate()),
                round(t.table().kappa()),
                new Benchmark(Alignment.SURVEY_DISAGREEMENT, round(1 - Alignment.SURVEY_DISAGREEMENT), SURVEY),
                report.byDefinitionVersion().stream().map(VersionFigures::from).toList(),
                report.topRejectionReasons().stream().map(Reason::from).toList(),
                report.rulesOnRejected().stream().map(Rule::from).toList(),
                DEFINITIONS);
    }

    private static Map<String, String> describeFigures() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(
                "period",
                "from and to are UTC days, both included. Hand-offs count by the day they opened; sales'"
                        + " verdicts recorded on leads that never had a hand-off (PUT /api/leads/{id}/outcome, imports) count"
                        + " by the day they were recorded.");
        d.put(
                "mqls",
                "Hand-offs opened because the lead reached MQL (by the definition or moved there by a person);"
                        + " pulls are not counted.");
        d.put("accepted", "Of those MQL hand-offs, the ones sales accepted.");
        d.put("rejected", "Hand-offs sales rejected with a reason of the managed list.");
        d.put("recycled", "Hand-offs sales sent back to marketing to nurture.");
        d.put("open", "MQL hand-offs sales has not answered yet.");
        d.put(
                "pulled",
                "Leads sales pulled although the definition did not qualify them (sales' yes, marketing's no).");
        d.put(
                "breached",
                "Hand-offs whose first touch came after dueAt (opened plus the segment's first-touch hours),"
                        + " or that are still untouched past it now.");
        d.put(
                "acceptanceRate",
                "accepted / (accepted + rejected + recycled); open hand-offs are left out. Null when"
                        + " none was answered.");
        d.put(
                "table",
                "Each answered hand-off, and each lead with a recorded sales verdict but no hand-off, once:"
                        + " marketing's yes = the definition's verdict was MQL (at the hand-off's opening; for a lead without"
                        + " a hand-off, its current qualification); sales' yes = accepted or pulled, sales' no = rejected or"
                        + " recycled. bothYes, marketingOnly (definition yes, sales no), salesOnly (definition no, sales yes),"
                        + " bothNo.");
        d.put("agreementRate", "p_o = (bothYes + bothNo) / total. Null when total is 0.");
        d.put(
                "kappa",
                "Cohen's kappa = (p_o - p_e) / (1 - p_e), where p_e = p_m * p_s + (1 - p_m) * (1 - p_s), p_m ="
                        + " (bothYes + marketingOnly) / total and p_s = (bothYes + salesOnly) / total: agreement beyond what"
                        + " chance would give. 1 is full agreement, 0 no better than chance, below 0 worse. Null when total is"
                        + " 0 or p_e is 1.");
        d.put(
                "byDefinitionVersion",
                "The same figures for each definition version whose verdict marketing gave,"
                        + " newest first; null: leads no definition had scored. The top-level figures add all versions up.");
        d.put(
                "benchmark",
                "49% of sales leaders say the definitions differ significantly; compare with 1 -" + " agreementRate.");
        d.put(
                "topRejectionReasons",
                "The 10 most frequent reason codes of rejected hand-offs; share = count /" + " rejected.");
        d.put(
                "rulesOnRejected",
                "The 10 rules that fired most often on hand-offs sales rejected or recycled: the rules that had"
                        + " fired on the qualification sales judged (the lead's qualification of the hand-off's"
                        + " definition version when sales answered); shareOfRejected = those hand-offs the rule fired"
                        + " on / all of them, shareOfAccepted the same over the accepted ones (pulls included), for"
                        + " contrast; hand-offs whose lead no qualification of that version scored are left out.");
        d.put("rates", "Rates, shares and kappa are rounded to three decimals.");
        return java.util.Collections.unmodifiableMap(d);
    }

    private static Double round(Double value) {
        return value == null
                ? null
                : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
