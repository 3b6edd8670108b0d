package io.revalign.lead.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.qualification.Explanation;
import io.revalign.lead.domain.qualification.LeadOutcome;
import io.revalign.lead.domain.qualification.LeadTransition;
import io.revalign.lead.domain.qualification.RecordedOutcome;
import io.revalign.lead.domain.qualification.Verdict;
import io.revalign.lead.service.LeadQualifications;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A lead's qualification explained, its stage transitions, and its outcome for backtests. */
@Path("/api/leads/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lead qualification", description = "Why a lead scored what it did, and where it went")
public class LeadQualificationResource {

    private final LeadQualifications qualifications;
    private final SecurityIdentity identity;

    public LeadQualificationResource(LeadQualifications qualifications, SecurityIdentity identity) {
        this.qualifications = qualifications;
        this.identity = identity;
    }

    @GET
    @Path("/qualification")
    @RolesAllowed({
        Roles.MARKETING,
        Roles.MARKETING_LEADER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.SELLER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(
            operationId = "getLeadQualification",
            summary = "Why a lead scored what it did",
            description = "The definition version that scored it, fit and engagement points, each rule that fired with"
                    + " its points, each gate with whether it passed, and the verdict. Leads are scored on create,"
                    + " update and new activity, and all of them again when a definition is activated.")
    @APIResponse(
            responseCode = "200",
            description = "The qualification",
            content =
                    @Content(
                            schema = @Schema(implementation = QualificationResponse.class),
                            examples = @ExampleObject(name = "MQL", value = QualificationExamples.QUALIFICATION)))
    @APIResponse(
            responseCode = "404",
            description = "No lead with this id, or not scored yet",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not scored", value = QualificationExamples.NOT_SCORED)))
    public QualificationResponse qualification(@PathParam("id") UUID id) {
        return QualificationResponse.from(qualifications.qualification(id));
    }

    @GET
    @Path("/transitions")
    @RolesAllowed({
        Roles.MARKETING,
        Roles.MARKETING_LEADER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.SELLER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(
            operationId = "listLeadTransitions",
            summary = "A lead's stage changes, oldest first",
            description = "From, to, actor, time and reason; a move by scoring names the definition version.")
    @APIResponse(
            responseCode = "200",
            description = "The transitions",
            content = @Content(examples = @ExampleObject(name = "to MQL", value = QualificationExamples.TRANSITIONS)))
    @APIResponse(
            responseCode = "404",
            description = "No lead with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TransitionResponse> transitions(@PathParam("id") UUID id) {
        return qualifications.transitions(id).stream()
                .map(TransitionResponse::from)
                .toList();
    }

    @PUT
    @Path("/outcome")
    @RolesAllowed({Roles.SALES, Roles.SALES_LEADER, Roles.REVOPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "recordLeadOutcome",
            summary = "Record what became of a lead",
            description = "Sales' verdict on the hand-off and the deal's result, as far as known (at least one). Leads"
                    + " with an outcome are what backtests run over. Sending it again replaces it.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "won", value = QualificationExamples.OUTCOME_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The outcome as recorded",
            content =
                    @Content(
                            schema = @Schema(implementation = OutcomeResponse.class),
                            examples = @ExampleObject(name = "won", value = QualificationExamples.OUTCOME)))
    @APIResponse(
            responseCode = "400",
            description = "Neither member given, or an unknown value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No lead with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OutcomeResponse recordOutcome(@PathParam("id") UUID id, @Valid @NotNull OutcomeRequest body) {
        return OutcomeResponse.from(qualifications.recordOutcome(
                id, new LeadOutcome(body.salesVerdict(), body.dealOutcome()), SignOffRecords.actor(identity)));
    }

    /** A lead's qualification as the API shows it. */
    @Schema(name = "LeadQualification")
    record QualificationResponse(
            UUID leadId,
            LifecycleStage lifecycleStage,
            UUID definitionId,
            int definitionVersion,
            double score,
            double fitPoints,
            double engagementPoints,
            int threshold,
            Verdict verdict,
            List<Explanation.RuleHit> rules,
            List<Explanation.GateCheck> gates,
            Instant scoredAt) {

        static QualificationResponse from(LeadQualifications.Qualified q) {
            Explanation e = q.explanation();
            return new QualificationResponse(
                    q.lead().id,
                    q.lead().lifecycleStage,
                    q.definitionId(),
                    e.definitionVersion(),
                    e.score(),
                    e.fitPoints(),
                    e.engagementPoints(),
                    e.threshold(),
                    e.verdict(),
                    e.rules(),
                    e.gates(),
                    q.scoredAt());
        }
    }

    /** A recorded stage change. */
    @Schema(name = "LeadTransition")
    record TransitionResponse(
            LifecycleStage fromStage,
            LifecycleStage toStage,
            String actor,
            String reason,
            @Schema(nullable = true) Integer definitionVersion,
            Instant at) {

        static TransitionResponse from(LeadTransition t) {
            return new TransitionResponse(t.fromStage, t.toStage, t.actor, t.reason, t.definitionVersion, t.at);
        }
    }

    /** What became of a lead, as far as known. */
    @Schema(name = "LeadOutcomeRequest")
    record OutcomeRequest(LeadOutcome.SalesVerdict salesVerdict, LeadOutcome.DealOutcome dealOutcome) {}

    /** A recorded outcome. */
    @Schema(name = "LeadOutcome")
    record OutcomeResponse(
            UUID leadId,
            @Schema(nullable = true) LeadOutcome.SalesVerdict salesVerdict,
            @Schema(nullable = true) LeadOutcome.DealOutcome dealOutcome,
            String recordedBy,
            Instant recordedAt) {

        static OutcomeResponse from(RecordedOutcome o) {
            return new OutcomeResponse(o.leadId, o.salesVerdict, o.dealOutcome, o.recordedBy, o.recordedAt);
        }
    }
}
