package io.revalign.skills.domain;

import java.util.Optional;

/**
 * Who may assess whom, from which source (issue 11, item 4):
 *
 * <ul>
 *   <li>{@code enablement} and {@code admin}: any seller, any source;
 *   <li>{@code integration} (an LMS or certification body): any seller, COURSE or CERTIFICATION;
 *   <li>the seller's manager (the caller's subject is the seller's managerExternalId, or the email of the seller
 *       with that externalId): MANAGER, for their own reports only;
 *   <li>the seller (the caller's subject is the seller's externalId or email): SELF, for themselves only;
 *   <li>anyone else: refused (403).
 * </ul>
 *
 * Reading a seller's assessments and gaps is open to the seller, their manager and the roles that run enablement
 * ({@code enablement}, {@code admin}, {@code sales-leader}, {@code revops}, {@code integration}).
 */
public final class AssessmentPolicy {

    static final String ENABLEMENT = "enablement";
    static final String ADMIN = "admin";
    static final String INTEGRATION = "integration";
    static final String SALES_LEADER = "sales-leader";
    static final String REVOPS = "revops";

    private AssessmentPolicy() {}

    /** Why {@code caller} may not record an assessment of {@code seller} from {@code source}; empty when allowed. */
    public static Optional<String> refusal(
            Caller caller, Seller seller, boolean callerManagesSeller, AssessmentSource source) {
        if (caller.hasRole(ENABLEMENT) || caller.hasRole(ADMIN)) {
            return Optional.empty();
        }
        if (caller.hasRole(INTEGRATION)
                && (source == AssessmentSource.COURSE || source == AssessmentSource.CERTIFICATION)) {
            return Optional.empty();
        }
        if (callerManagesSeller && source == AssessmentSource.MANAGER) {
            return Optional.empty();
        }
        if (seller.isIdentifiedBy(caller.subject()) && source == AssessmentSource.SELF) {
            return Optional.empty();
        }
        if (seller.isIdentifiedBy(caller.subject())) {
            return Optional.of("A seller may record only SELF assessments of themselves, not " + source);
        }
        if (callerManagesSeller) {
            return Optional.of("A manager records MANAGER assessments of their reports, not " + source);
        }
        if (caller.hasRole(INTEGRATION)) {
            return Optional.of("An integration records COURSE or CERTIFICATION assessments, not " + source);
        }
        return Optional.of(
                "Only the seller (SELF), the seller's manager (MANAGER) or enablement may assess seller " + seller.id);
    }

    /** Whether {@code caller} may read {@code seller}'s assessments, gaps and plans. */
    public static boolean mayView(Caller caller, Seller seller, boolean callerManagesSeller) {
        return caller.hasRole(ENABLEMENT)
                || caller.hasRole(ADMIN)
                || caller.hasRole(SALES_LEADER)
                || caller.hasRole(REVOPS)
                || caller.hasRole(INTEGRATION)
                || callerManagesSeller
                || seller.isIdentifiedBy(caller.subject());
    }

    /** Whether {@code caller} may confirm or reject a proposed assessment of {@code seller}: their manager only. */
    public static boolean mayDecide(Caller caller, boolean callerManagesSeller) {
        return callerManagesSeller || caller.hasRole(ADMIN);
    }
}
