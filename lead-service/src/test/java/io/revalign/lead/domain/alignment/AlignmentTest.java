package io.revalign.lead.domain.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    static final AlignmentQuery QUERY =
            new AlignmentQuery(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"), null, null);

    @Test
    void handoffAndOutcomeRowsOfOneVersionAddUpAndVersionsListNewestFirst() {
        VerdictCounts v2 = new VerdictCounts(2, 10, 6, 2, 1, 1, 1, 2, new AgreementTable(6, 3, 1, 0));
        VerdictCounts v2Outcomes = new VerdictCounts(2, 0, 0, 0, 0, 0, 0, 0, new AgreementTable(0, 1, 1, 2));
        VerdictCounts v1 = new VerdictCounts(1, 4, 4, 0, 0, 0, 0, 0, new AgreementTable(4, 0, 0, 0));
        VerdictCounts unscored = new VerdictCounts(null, 0, 0, 0, 0, 0, 0, 0, new AgreementTable(0, 0, 0, 1));

        Alignment report =
                Alignment.of(QUERY, List.of(v1, v2), Arrays.asList(unscored, v2Outcomes), List.of(), List.of());

        assertEquals(3, report.byDefinitionVersion().size());
        assertEquals(2, report.byDefinitionVersion().get(0).definitionVersion());
        assertEquals(
                new AgreementTable(6, 4, 2, 2),
                report.byDefinitionVersion().get(0).table());
        assertEquals(10, report.byDefinitionVersion().get(0).mqls());
        assertEquals(1, report.byDefinitionVersion().get(1).definitionVersion());
        assertNull(report.byDefinitionVersion().get(2).definitionVersion());
        assertEquals(new AgreementTable(10, 4, 2, 3), report.total().table());
        assertEquals(14, report.total().mqls());
        assertEquals(10.0 / 13, report.total().acceptanceRate(), 1e-12);
    }

    @Test
    void noRowsIsAnEmptyReport() {
        Alignment report = Alignment.of(QUERY, List.of(), List.of(), List.of(), List.of());
        assertEquals(0, report.total().table().total());
        assertNull(report.total().acceptanceRate());
        assertNull(report.total().table().kappa());
    }
}
