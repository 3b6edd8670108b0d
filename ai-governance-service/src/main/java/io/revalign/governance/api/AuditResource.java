package io.revalign.governance.api;

import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.governance.domain.AuditFilter;
import io.revalign.governance.service.AuditService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tamper-evident audit trail: list and verify. */
@Path("/api/governance/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.LEGAL, Roles.IT, Roles.REVOPS, Roles.SALES_LEADER})
@Tag(
        name = "Audit",
        description = "Every change to tools, goals, policies and decisions, each entry hashing its predecessor")
public class AuditResource {

    private final AuditService service;

    public AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listAuditEntries",
            summary = "List audit entries",
            description = "In chain order (oldest first), one page at a time; pass `next` as `after`. Changes"
                    + " committed before the call are sealed into the chain first, so they are listed.")
    @APIResponse(
            responseCode = "200",
            description = "A page of entries",
            content =
                    @Content(
                            schema = @Schema(implementation = AuditPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.AUDIT_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit, cursor or filter",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<AuditEntryResponse> list(
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Only entries about this kind of record: AI_TOOL, GOAL, DECISION_POLICY, DECISION")
                    @QueryParam("entityType")
                    @Pattern(
                            regexp = "^(AI_TOOL|GOAL|DECISION_POLICY|DECISION)$",
                            message = "must be one of: AI_TOOL, GOAL, DECISION_POLICY, DECISION")
                    String entityType,
            @Parameter(description = "Only entries about this record") @QueryParam("entityId") UUID entityId,
            @Parameter(description = "Only entries by this user") @QueryParam("actor") @Size(max = 255) String actor,
            @Parameter(description = "Only entries of this action, e.g. DECISION_MADE")
                    @QueryParam("action")
                    @Pattern(regexp = "^[A-Z_]{1,64}$", message = "must be an action such as DECISION_MADE")
                    String action) {
        return service.list(new AuditFilter(entityType, entityId, actor, action), after, limit)
                .map(AuditEntryResponse::from);
    }

    @GET
    @Path("/verify")
    @Operation(
            operationId = "verifyAuditTrail",
            summary = "Recompute the audit chain",
            description = "Seals the changes committed so far into the chain, then reads every entry in order,"
                    + " recomputes its hash and checks that it holds its predecessor's, and that the last one is the"
                    + " chain head; reports the first broken link, and how many changes committed meanwhile wait to"
                    + " be sealed.")
    @APIResponse(
            responseCode = "200",
            description = "The verdict (200 whether or not the chain is intact)",
            content =
                    @Content(
                            schema = @Schema(implementation = VerificationResponse.class),
                            examples = {
                                @ExampleObject(name = "intact", value = Examples.AUDIT_INTACT),
                                @ExampleObject(name = "broken", value = Examples.AUDIT_BROKEN)
                            }))
    public VerificationResponse verify() {
        long started = System.nanoTime();
        var verification = service.verify();
        return VerificationResponse.from(verification, Instant.now(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The page type as the contract names it. */
    @Schema(name = "AuditPage")
    record AuditPage(List<AuditEntryResponse> items, @Schema(nullable = true) String next) {}
}
