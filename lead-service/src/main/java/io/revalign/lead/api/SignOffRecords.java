package io.revalign.lead.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.qualification.CosignedApproval;
import io.revalign.lead.domain.qualification.CosignedStep;
import io.revalign.lead.domain.qualification.CosignedVersion;
import io.revalign.lead.domain.qualification.SignOffStatus;
import io.revalign.lead.domain.qualification.VersionKind;
import io.revalign.lead.service.Actor;
import io.revalign.lead.service.SignOffService;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response records of the co-sign steps, shared by definitions and life-cycle maps. */
final class SignOffRecords {

    private SignOffRecords() {}

    /** A sign-off step's comment and, for a person holding both leader roles, the role they sign as. */
    @Schema(name = "SignOffRequest")
    record SignOffRequest(
            @Size(max = 2000) @Schema(description = "Why; recorded in the history", examples = "Agreed after backtest")
                    String comment,
            @Pattern(
                            regexp = "^(" + Roles.MARKETING_LEADER + "|" + Roles.SALES_LEADER + ")$",
                            message = "must be marketing-leader or sales-leader")
                    @Schema(
                            description = "Only for someone holding both leader roles: the role this signature is"
                                    + " for (one person still signs once)",
                            examples = "sales-leader")
                    String asRole) {

        /** The comment of a step whose body may be left out. */
        static String comment(SignOffRequest body) {
            return body == null ? null : body.comment();
        }

        /** The role signed as, of a step whose body may be left out. */
        static String asRole(SignOffRequest body) {
            return body == null ? null : body.asRole();
        }
    }

    /** One page of versions, newest first, and the cursor of the next page (null on the last). */
    record VersionPage<T>(List<T> items, String next) {}

    /** A page of one kind's versions, each answered as {@code response} makes it. */
    static <T> VersionPage<T> page(
            SignOffService signOff,
            VersionKind kind,
            SignOffStatus status,
            String after,
            int limit,
            Function<SignOffService.VersionView, T> response) {
        List<CosignedVersion> rows = signOff.list(kind, status, before(after), limit + 1);
        boolean more = rows.size() > limit;
        List<CosignedVersion> shown = more ? rows.subList(0, limit) : rows;
        return new VersionPage<>(
                shown.stream().map(v -> response.apply(signOff.get(kind, v.id))).toList(),
                more ? Integer.toString(shown.get(shown.size() - 1).number) : null);
    }

    /** A leader's approval of the current revision. */
    @Schema(name = "Approval")
    record ApprovalResponse(String approver, String role, Instant at, String comment) {

        static ApprovalResponse from(CosignedApproval approval) {
            return new ApprovalResponse(approval.approver, approval.role, approval.approvedAt, approval.comment);
        }
    }

    /** One recorded step of a version. */
    @Schema(name = "SignOffStep")
    record StepResponse(
            CosignedStep.Kind step,
            @Schema(nullable = true) SignOffStatus fromStatus,
            SignOffStatus toStatus,
            long revision,
            String actor,
            @Schema(nullable = true) String role,
            @Schema(nullable = true) String comment,
            Instant at) {

        static StepResponse from(CosignedStep step) {
            return new StepResponse(
                    step.step,
                    step.fromStatus,
                    step.toStatus,
                    step.revision,
                    step.actor,
                    step.role,
                    step.comment,
                    step.at);
        }
    }

    static List<ApprovalResponse> approvals(SignOffService.VersionView view) {
        return view.approvals().stream().map(ApprovalResponse::from).toList();
    }

    static List<StepResponse> history(SignOffService.VersionView view) {
        return view.steps().stream().map(StepResponse::from).toList();
    }

    static Actor actor(SecurityIdentity identity) {
        return new Actor(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()));
    }

    /** Reads a cursor: the version number the next page starts below. */
    static Integer before(String after) {
        if (after == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(after);
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw io.revalign.common.problem.ProblemException.invalid("after", "is not a cursor of this list");
        }
    }
}
