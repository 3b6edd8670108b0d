package io.revalign.lead.domain.alignment;

/**
 * The 2×2 table of marketing's verdict (the definition said MQL, or not) against sales' verdict
 * (accepted or pulled, or rejected or recycled) over the same leads, with the agreement rate and
 * Cohen's kappa: κ = (p_o − p_e) / (1 − p_e), where p_o is the share of leads on which both agree
 * and p_e the share they would agree on by chance given how often each says yes.
 *
 * @param bothYes the definition said MQL and sales accepted
 * @param marketingOnly the definition said MQL and sales rejected or recycled
 * @param salesOnly the definition did not qualify the lead and sales accepted it anyway (pulled)
 * @param bothNo the definition did not qualify the lead and sales rejected it too
 */
public record AgreementTable(long bothYes, long marketingOnly, long salesOnly, long bothNo) {

    public AgreementTable {
        if (bothYes < 0 || marketingOnly < 0 || salesOnly < 0 || bothNo < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** The leads both verdicts cover. */
    public long total() {
        return bothYes + marketingOnly + salesOnly + bothNo;
    }

    /** p_o: the share of leads on which marketing and sales agree; null without leads. */
    public Double agreementRate() {
        long n = total();
        return n == 0 ? null : (double) (bothYes + bothNo) / n;
    }

    /** p_e: the agreement expected by chance from each side's share of "yes"; null without leads. */
    public Double chanceAgreement() {
        long n = total();
        if (n == 0) {
            return null;
        }
        double marketingYes = (double) (bothYes + marketingOnly) / n;
        double salesYes = (double) (bothYes + salesOnly) / n;
        return marketingYes * salesYes + (1 - marketingYes) * (1 - salesYes);
    }

    /**
     * Cohen's kappa, in [−1, 1]; null without leads, or when chance alone explains all agreement
     * (both sides always gave one and the same answer, p_e = 1), where kappa is undefined.
     */
    public Double kappa() {
        Double observed = agreementRate();
        Double chance = chanceAgreement();
        if (observed == null || chance >= 1.0) {
            return null;
        }
        return (observed - chance) / (1 - chance);
    }

    /** This table with {@code other}'s counts added. */
    public AgreementTable plus(AgreementTable other) {
        return new AgreementTable(
                bothYes + other.bothYes,
                marketingOnly + other.marketingOnly,
                salesOnly + other.salesOnly,
                bothNo + other.bothNo);
    }

    public static final AgreementTable EMPTY = new AgreementTable(0, 0, 0, 0);
}
