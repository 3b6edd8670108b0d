package io.revalign.lead.domain.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AgreementTableTest {

    @Test
    void kappaOfTheWorkedExampleInDocsAlignment() {
        // 100 leads: 45 both yes, 15 definition yes / sales no, 10 definition no / sales yes, 30 both no.
        // p_o = 75/100 = 0.75; p_m = 60/100, p_s = 55/100; p_e = 0.6*0.55 + 0.4*0.45 = 0.33 + 0.18 = 0.51;
        // kappa = (0.75 - 0.51) / (1 - 0.51) = 0.24 / 0.49 = 0.4898...
        AgreementTable table = new AgreementTable(45, 15, 10, 30);
        assertEquals(100, table.total());
        assertEquals(0.75, table.agreementRate(), 1e-12);
        assertEquals(0.51, table.chanceAgreement(), 1e-12);
        assertEquals("0.490", String.format(java.util.Locale.ROOT, "%.3f", table.kappa()));
    }

    @Test
    void kappaBelowZeroWhenSalesAndMarketingDisagreeMoreThanChance() {
        // p_o = 0.6; p_m = 0.9, p_s = 0.7; p_e = 0.63 + 0.03 = 0.66; kappa = -0.06 / 0.34 = -0.17647
        AgreementTable table = new AgreementTable(6, 3, 1, 0);
        assertEquals(0.6, table.agreementRate(), 1e-12);
        assertEquals(-0.176, Math.round(table.kappa() * 1000) / 1000.0, 1e-12);
    }

    @Test
    void fullAgreementOnBothAnswersIsKappaOne() {
        assertEquals(1.0, new AgreementTable(5, 0, 0, 5).kappa(), 1e-12);
    }

    @Test
    void noLeadsOrOneAnswerOnBothSidesLeaveKappaUndefined() {
        assertNull(AgreementTable.EMPTY.agreementRate());
        assertNull(AgreementTable.EMPTY.kappa());
        // Both always said yes: they agree on everything, but chance explains all of it (p_e = 1).
        AgreementTable allYes = new AgreementTable(7, 0, 0, 0);
        assertEquals(1.0, allYes.agreementRate());
        assertNull(allYes.kappa());
    }

    @Test
    void tablesAddCellByCell() {
        assertEquals(
                new AgreementTable(3, 5, 7, 9), new AgreementTable(1, 2, 3, 4).plus(new AgreementTable(2, 3, 4, 5)));
    }

    @Property
    void kappaStaysWithinMinusOneAndOne(
            @ForAll @IntRange(max = 10_000) int bothYes,
            @ForAll @IntRange(max = 10_000) int marketingOnly,
            @ForAll @IntRange(max = 10_000) int salesOnly,
            @ForAll @IntRange(max = 10_000) int bothNo) {
        Double kappa = new AgreementTable(bothYes, marketingOnly, salesOnly, bothNo).kappa();
        if (kappa != null) {
            assertTrue(kappa >= -1.0 - 1e-9 && kappa <= 1.0 + 1e-9, "kappa " + kappa);
        }
    }

    @Property
    void kappaNeverExceedsTheAgreementRate(
            @ForAll @IntRange(min = 1, max = 1000) int bothYes,
            @ForAll @IntRange(max = 1000) int marketingOnly,
            @ForAll @IntRange(max = 1000) int salesOnly,
            @ForAll @IntRange(min = 1, max = 1000) int bothNo) {
        AgreementTable table = new AgreementTable(bothYes, marketingOnly, salesOnly, bothNo);
        assertTrue(table.kappa() <= table.agreementRate() + 1e-9);
    }
}
