package io.revalign.lead.domain.qualification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The co-sign rule shared by qualification definitions and life-cycle maps: DRAFT → IN_REVIEW →
 * AGREED → ACTIVE → SUPERSEDED. A version is AGREED only when a marketing leader and a sales
 * leader, two different people, approved the same revision; an edit returns it to DRAFT and
 * drops the approvals; only an AGREED version is activated.
 */
public final class SignOff {

    public static final String MARKETING_LEADER = "marketing-leader";
    public static final String SALES_LEADER = "sales-leader";
    /** The roles whose approvals make a version AGREED, in the order a two-role person signs. */
    public static final List<String> LEADER_ROLES = List.of(MARKETING_LEADER, SALES_LEADER);

    private SignOff() {}

    /** An approval taken and the status it leaves the version in. */
    public record Approved(Approval approval, SignOffStatus status) {}

    /** The status after an edit: back to DRAFT; AGREED, ACTIVE and SUPERSEDED versions are frozen. */
    public static SignOffStatus edit(SignOffStatus current) {
        return switch (current) {
            case DRAFT, IN_REVIEW -> SignOffStatus.DRAFT;
            case AGREED, ACTIVE, SUPERSEDED ->
                throw conflict("a version that is " + current + " cannot be edited; create a new version instead");
        };
    }

    /** The status after submitting for review. */
    public static SignOffStatus submit(SignOffStatus current) {
        if (current != SignOffStatus.DRAFT) {
            throw conflict("only a DRAFT can be submitted for review; this version is " + current);
        }
        return SignOffStatus.IN_REVIEW;
    }

    /** The status after a leader sends the version back with changes requested. */
    public static SignOffStatus reject(SignOffStatus current, Set<String> actorRoles) {
        requireLeader(actorRoles);
        if (current != SignOffStatus.IN_REVIEW) {
            throw conflict("only a version IN_REVIEW can be sent back; this version is " + current);
        }
        return SignOffStatus.DRAFT;
    }

    /**
     * A leader's approval of the current revision. {@code asRole} chooses the role a person
     * holding both signs as; when null, the first leader role they hold that has not signed yet.
     */
    public static Approved approve(
            SignOffStatus current,
            long revision,
            List<Approval> approvals,
            String approver,
            Set<String> actorRoles,
            String asRole,
            Instant at) {
        requireLeader(actorRoles);
        if (current != SignOffStatus.IN_REVIEW) {
            throw conflict("only a version IN_REVIEW can be approved; this version is " + current);
        }
        List<Approval> valid =
                approvals.stream().filter(a -> a.revision() == revision).toList();
        if (valid.stream().anyMatch(a -> a.approver().equals(approver))) {
            throw conflict(approver + " already approved this version; one person signs once, even holding"
                    + " both leader roles");
        }
        String role;
        if (asRole != null) {
            if (!LEADER_ROLES.contains(asRole) || !actorRoles.contains(asRole)) {
                throw new SignOffRefused(
                        SignOffRefused.Reason.FORBIDDEN, "you can only sign as a leader role you hold: " + asRole);
            }
            role = asRole;
        } else {
            role = LEADER_ROLES.stream()
                    .filter(actorRoles::contains)
                    .filter(r -> valid.stream().noneMatch(a -> a.role().equals(r)))
                    .findFirst()
                    .orElse(LEADER_ROLES.stream()
                            .filter(actorRoles::contains)
                            .findFirst()
                            .orElseThrow());
        }
        String signedRole = role;
        if (valid.stream().anyMatch(a -> a.role().equals(signedRole))) {
            throw conflict("this version already has the approval of a " + role + "; it needs the other leader's");
        }
        Approval approval = new Approval(approver, role, revision, at);
        boolean both = LEADER_ROLES.stream()
                .allMatch(r -> r.equals(signedRole)
                        || valid.stream().anyMatch(a -> a.role().equals(r)));
        return new Approved(approval, both ? SignOffStatus.AGREED : SignOffStatus.IN_REVIEW);
    }

    /** Checks that a version may be activated: only AGREED ones may. */
    public static SignOffStatus activate(SignOffStatus current) {
        if (current != SignOffStatus.AGREED) {
            throw conflict("only an AGREED version can be activated; this version is " + current
                    + (current == SignOffStatus.IN_REVIEW ? " (it needs both leaders' approval)" : ""));
        }
        return SignOffStatus.ACTIVE;
    }

    private static void requireLeader(Set<String> actorRoles) {
        if (LEADER_ROLES.stream().noneMatch(actorRoles::contains)) {
            throw new SignOffRefused(
                    SignOffRefused.Reason.FORBIDDEN, "only a marketing-leader or a sales-leader can sign off");
        }
    }

    private static SignOffRefused conflict(String message) {
        return new SignOffRefused(SignOffRefused.Reason.CONFLICT, message);
    }
}
