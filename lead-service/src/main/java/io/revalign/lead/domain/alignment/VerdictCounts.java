package io.revalign.lead.domain.alignment;

/**
 * What became of the hand-offs of one definition version (or of all, summed) in a period, and the
 * 2×2 table of marketing's verdict against sales'.
 *
 * @param definitionVersion the version whose verdict marketing gave; null for leads no definition scored, or a sum
 * @param mqls hand-offs opened because the lead reached MQL (pulls excluded)
 * @param accepted of those, accepted by sales
 * @param rejected of those, rejected with a reason
 * @param recycled of those, sent back to marketing
 * @param open of those, not answered yet
 * @param pulled leads sales pulled although the definition did not qualify them
 * @param breached hand-offs whose first touch came, or is still missing, after the SLA deadline
 * @param table marketing's verdict against sales' verdict over the answered hand-offs and recorded outcomes
 */
public record VerdictCounts(
        Integer definitionVersion,
        long mqls,
        long accepted,
        long rejected,
        long recycled,
        long open,
        long pulled,
        long breached,
        AgreementTable table) {

    /** Accepted over answered MQL hand-offs (accepted, rejected, recycled); null while none is answered. */
    public Double acceptanceRate() {
        long answered = accepted + rejected + recycled;
        return answered == 0 ? null : (double) accepted / answered;
    }

    /** These counts with {@code other}'s added, as one total (no definition version). */
    public VerdictCounts plus(VerdictCounts other) {
        return new VerdictCounts(
                null,
                mqls + other.mqls,
                accepted + other.accepted,
                rejected + other.rejected,
                recycled + other.recycled,
                open + other.open,
                pulled + other.pulled,
                breached + other.breached,
                table.plus(other.table));
    }

    /** Nothing counted. */
    public static VerdictCounts none(Integer definitionVersion) {
        return new VerdictCounts(definitionVersion, 0, 0, 0, 0, 0, 0, 0, AgreementTable.EMPTY);
    }
}
