package io.revalign.lead.domain.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alignment report: the figures of all definition versions together and of each one, the most
 * frequent rejection reasons and the rules that fire most often on the leads sales said "no" to.
 */
public record Alignment(
        AlignmentQuery query,
        VerdictCounts total,
        List<VerdictCounts> byDefinitionVersion,
        List<ReasonCount> topRejectionReasons,
        List<RuleCount> rulesOnRejected) {

    /** Survey of 243 sales leaders: share who say sales' and marketing's definitions of a qualified lead differ. */
    public static final double SURVEY_DISAGREEMENT = 0.49;

    /**
     * Puts together the counts read from hand-offs and from outcomes recorded without one: rows of one
     * definition version are added up, versions listed newest first (leads no definition scored last).
     */
    public static Alignment of(
            AlignmentQuery query,
            List<VerdictCounts> handoffs,
            List<VerdictCounts> outcomes,
            List<ReasonCount> reasons,
            List<RuleCount> rules) {
        Map<Integer, VerdictCounts> byVersion = new LinkedHashMap<>();
        List<VerdictCounts> rows = new ArrayList<>(handoffs);
        rows.addAll(outcomes);
        for (VerdictCounts row : rows) {
            byVersion.merge(row.definitionVersion(), row, (a, b) -> withVersion(a.plus(b), a.definitionVersion()));
        }
        List<VerdictCounts> versions = byVersion.values().stream()
                .sorted(Comparator.comparing(
                        VerdictCounts::definitionVersion, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        VerdictCounts total = versions.stream().reduce(VerdictCounts.none(null), VerdictCounts::plus);
        return new Alignment(query, total, versions, List.copyOf(reasons), List.copyOf(rules));
    }

    private static VerdictCounts withVersion(VerdictCounts c, Integer version) {
        return new VerdictCounts(
                version,
                c.mqls(),
                c.accepted(),
                c.rejected(),
                c.recycled(),
                c.open(),
                c.pulled(),
                c.breached(),
                c.table());
    }
}
