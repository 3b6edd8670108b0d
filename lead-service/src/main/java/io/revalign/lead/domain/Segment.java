package io.revalign.lead.domain;

/**
 * A lead's market segment: the band of its company size. The funnel report fixes it when the lead
 * enters the funnel (the SQL function {@code lead_segment} in migration V25 draws the same lines).
 */
public enum Segment {
    SMB,
    MID_MARKET,
    ENTERPRISE,
    UNKNOWN;

    /** Employees from which a company is mid-market. */
    public static final int MID_MARKET_FROM = 100;

    /** Employees from which a company is an enterprise. */
    public static final int ENTERPRISE_FROM = 1000;

    /** The segment of a company with {@code companySize} employees; UNKNOWN when the size is not known. */
    public static Segment of(Integer companySize) {
        if (companySize == null) {
            return UNKNOWN;
        }
        if (companySize < MID_MARKET_FROM) {
            return SMB;
        }
        return companySize < ENTERPRISE_FROM ? MID_MARKET : ENTERPRISE;
    }
}
