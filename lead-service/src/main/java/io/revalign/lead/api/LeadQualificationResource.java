package io.revalign.lead.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.qualification.Explanation;
import io.revalign.lead.domain.qualification.LeadOutcome;
import io.revalign.lead.domain.qualification.LeadTransition;
import io.revalign.lead.domain.qualification.RecordedOutcome;
import io.revalign.lead.domain.qualification.Verdict;
import io.revalign.lead.service.LeadQualifications;
import io.revalign.lead.service.StageChanges;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

/** A lead's qualification explained, its stage changes and history, and its outcome for backtests. */
@Path("/api/leads/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lead qualification", description = "Why a lead scored what it did, and where it went")
// Most operations' roles; a method that differs names its own.
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
public class LeadQualificationResource {

    private final LeadQualifications qualifications;
    private final StageChanges stages;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public LeadQualificationResource(
            LeadQualifications qualifications,
            StageChanges stages,
            Idempotency idempotency,
            SecurityIdentity identity) {
        this.qualifications = qualifications;
        this.stages = stages;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @GET
    @Path("/qualification")
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

    @GET
    @Path("/history")
    @Tag(name = "Lead stages")
    @Operation(
            operationId = "getLeadHistory",
            summary = "A lead's stage history and hand-offs",
            description = "Every stage change, oldest first (from, to, actor, time, reason, and the definition version"
                    + " when scoring or a hand-off of that version moved it), and every hand-off with sales' answer.")
    @APIResponse(
            responseCode = "200",
            description = "The history",
            content =
                    @Content(
                            schema = @Schema(implementation = HistoryResponse.class),
                            examples = @ExampleObject(name = "accepted MQL", value = HandoffExamples.HISTORY)))
    @APIResponse(
            responseCode = "404",
            description = "No lead with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HistoryResponse history(@PathParam("id") UUID id) {
        return HistoryResponse.from(stages.history(id));
    }

    @POST
    @Path("/transitions")
    @RolesAllowed({
        Roles.MARKETING,
        Roles.MARKETING_LEADER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Tag(name = "Lead stages")
    @Operation(
            operationId = "changeLeadStage",
            summary = "Move a lead to another stage",
            description =
                    "Only moves the active life-cycle map allows, into stages whose entry criteria the lead"
                            + " meets; anything else is a 409 naming the stages allowed from where the lead stands. A lead"
                            + " waiting in MQL for sales leaves it through its hand-off (accept, reject, recycle); a lead moved"
                            + " into MQL gets a hand-off. Answers with the recorded transition; Location is the lead's history.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "to SQL", value = HandoffExamples.TRANSITION_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Moved",
            content =
                    @Content(
                            schema = @Schema(implementation = TransitionResponse.class),
                            examples = @ExampleObject(name = "to SQL", value = HandoffExamples.TRANSITION)))
    @APIResponse(
            responseCode = "400",
            description = "No target stage or reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No lead with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The map does not allow the move, the lead misses the entry criteria, or a hand-off is open",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(name = "not allowed", value = HandoffExamples.FORBIDDEN_TRANSITION)))
    public Response changeStage(
            @PathParam("id") UUID id,
            @Valid @NotNull HandoffRequests.Transition body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            LeadTransition moved = stages.change(id, body.toStage(), body.reason(), SignOffRecords.actor(identity));
            return new Idempotency.Created(
                    uri.getBaseUriBuilder().path("api/leads/{id}/history").build(id), TransitionResponse.from(moved));
        });
    }

    @PUT
    @Path("/outcome")
    @RolesAllowed({Roles.SALES, Roles.SALES_LEADER, Roles.REVOPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "recordLeadOutcome",
            summary = "Record what became of a lead",
            description = "Sales' verdict on the hand-off and the deal's result, as far as known (at least one). Leads"
                    + " with an outcome are what backtests run over. Sending it again replaces it. A sales verdict that"
                    + " differs from the answer to the lead's last hand-off is refused (409), and answering a hand-off"
                    + " records its verdict here, so hand-offs and backtests never disagree.")
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
    @APIResponse(
            responseCode = "409",
            description = "The answer to the lead's last hand-off says otherwise",
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

    /** A lead's stage history and hand-offs. */
    @Schema(name = "LeadHistory")
    record HistoryResponse(
            UUID leadId,
            LifecycleStage lifecycleStage,
            List<TransitionResponse> transitions,
            List<HandoffResponse> handoffs) {

        static HistoryResponse from(StageChanges.History history) {
            return new HistoryResponse(
                    history.lead().id,
                    history.lead().lifecycleStage,
                    history.transitions().stream().map(TransitionResponse::from).toList(),
                    history.handoffs().stream().map(HandoffResponse::from).toList());
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
