package io.revalign.common.security;

/** The roles a token carries in its {@code groups} claim. */
public final class Roles {

    public static final String MARKETING = "marketing";
    public static final String MARKETING_LEADER = "marketing-leader";
    public static final String SALES = "sales";
    public static final String SALES_LEADER = "sales-leader";
    public static final String SELLER = "seller";
    public static final String ENABLEMENT = "enablement";
    public static final String REVOPS = "revops";
    public static final String IT = "it";
    public static final String SECURITY = "security";
    public static final String LEGAL = "legal";
    public static final String INTEGRATION = "integration";
    public static final String ADMIN = "admin";

    /** Every role, comma-separated, for messages. */
    public static final String ALL = MARKETING + ", " + MARKETING_LEADER + ", " + SALES + ", " + SALES_LEADER + ", "
            + SELLER + ", " + ENABLEMENT + ", " + REVOPS + ", " + IT + ", " + SECURITY + ", " + LEGAL + ", "
            + INTEGRATION + ", " + ADMIN;
    /** A regular expression matching exactly one role, for Bean Validation. */
    public static final String ONE_ROLE = "^(" + MARKETING + "|" + MARKETING_LEADER + "|" + SALES + "|" + SALES_LEADER
            + "|" + SELLER + "|" + ENABLEMENT + "|" + REVOPS + "|" + IT + "|" + SECURITY + "|" + LEGAL + "|"
            + INTEGRATION + "|" + ADMIN + ")$";

    private Roles() {}
}
