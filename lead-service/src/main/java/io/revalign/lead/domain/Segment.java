package io.revalign.lead.domain;

/**
 * A lead's segment: the band of its company size. The hand-off SLA and the reports group by it; the
 * SQL function {@code lead_segment(company_size)} (migration V20) says the same in the database.
 */
public enum Segment {
    /** Fewer than 100 employees. */
    SMB,
    /** 100 to 999 employees. */
    MID_MARKET,
    /** 1,000 employees or more. */
    ENTERPRISE,
    /** The company size is not known. */
    UNKNOWN;

    /** The segment of a company of {@code companySize} employees (null: not known). */
    public static Segment of(Integer companySize) {
        if (companySize == null) {
            return UNKNOWN;
        }
        if (companySize < 100) {
            return SMB;
        }
        return companySize < 1000 ? MID_MARKET : ENTERPRISE;
    }
}
