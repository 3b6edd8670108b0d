package io.revalign.skills.api;

import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.skills.domain.Assessment;
import io.revalign.skills.service.AssessmentService;
import io.revalign.skills.service.PlanService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The manager's decision on a COURSE assessment that a completed enrolment proposed. */
@Path("/api/assessments/{id}/decision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Assessments",
        description = "Assessed levels per seller and skill, and the precedence that picks the one that counts")
public class AssessmentDecisionResource {

    private final PlanService plans;
    private final AssessmentService assessments;
    private final CurrentCaller caller;

    public AssessmentDecisionResource(PlanService plans, AssessmentService assessments, CurrentCaller caller) {
        this.plans = plans;
        this.assessments = assessments;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SELLER, Roles.SALES, Roles.SALES_LEADER, Roles.ENABLEMENT, Roles.ADMIN})
    @Operation(
            operationId = "decideProposedAssessment",
            summary = "Confirm or reject a proposed COURSE assessment",
            description = "Only the seller's manager (token subject = the seller's managerExternalId or that manager's"
                    + " email) decides; else 403. CONFIRM makes it count (at its completion time, under the precedence"
                    + " rule); REJECT means it never counts. An assessment that is not PROPOSED: 409.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "confirm", value = Examples.DECISION_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The assessment as decided",
            content =
                    @Content(
                            schema = @Schema(implementation = AssessmentResponse.class),
                            examples = @ExampleObject(name = "assessment", value = Examples.ASSESSMENT)))
    @APIResponse(
            responseCode = "403",
            description = "The caller is not the seller's manager",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not the manager", value = Examples.DECISION_FORBIDDEN)))
    @APIResponse(
            responseCode = "409",
            description = "The assessment is not PROPOSED",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "decided", value = Examples.ALREADY_DECIDED)))
    public AssessmentResponse decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest body) {
        Assessment decided =
                plans.decide(id, body.decision() == DecisionRequest.Decision.CONFIRM, body.comment(), caller.get());
        return AssessmentResponse.from(
                decided, assessments.skillKeys(List.of(decided)).get(decided.skillId));
    }
}
