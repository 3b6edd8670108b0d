package io.revalign.lead.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.revalign.common.bulk.BulkLedger;
import io.revalign.common.bulk.BulkReader;
import io.revalign.common.bulk.BulkRecord;
import io.revalign.common.bulk.BulkRequest;
import io.revalign.common.bulk.BulkResponse;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.lead.service.ActivityService;
import io.revalign.lead.service.RecordActivity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Activities recorded in bulk, each naming its lead by id or by CRM identity. */
@Path("/api/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Engagement events on leads, counted by the engagement rules")
public class ActivityBulkResource {

    private final ActivityService service;
    private final Idempotency idempotency;
    private final BulkReader reader;

    public ActivityBulkResource(ActivityService service, Idempotency idempotency, BulkReader reader) {
        this.service = service;
        this.idempotency = idempotency;
        this.reader = reader;
    }

    @POST
    @Path("/bulk")
    @RolesAllowed({Roles.MARKETING, Roles.MARKETING_LEADER, Roles.REVOPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "recordActivitiesInBulk",
            summary = "Record up to 1,000 activities",
            description = "Each record names its lead by `leadId` or by (`source`, `externalId`). One result per record"
                    + " in input order: CREATED, UNCHANGED (its externalEventId was known; the id is the known"
                    + " activity's) or FAILED (invalid, or no such lead). Over 1,000 records: 413, nothing written."
                    + " Safe to retry with Idempotency-Key.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = ActivityBulkRequest.class),
                            examples = @ExampleObject(name = "by CRM id", value = Examples.ACTIVITY_BULK_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "One result per record, and a summary",
            content =
                    @Content(
                            schema = @Schema(implementation = BulkResponse.class),
                            examples = @ExampleObject(name = "mixed", value = Examples.ACTIVITY_BULK_RESPONSE)))
    @APIResponse(
            responseCode = "413",
            description = "More than 1,000 records",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "too many", value = ProblemExamples.TOO_MANY_RECORDS)))
    public Response bulk(
            @Valid @NotNull BulkRequest<JsonNode> body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.post(idempotencyKey, uri, body, () -> new Idempotency.Outcome(200, null, recordAll(body)));
    }

    private BulkResponse recordAll(BulkRequest<JsonNode> body) {
        BulkLedger ledger = body.ledger(); // over 1,000: a 413 before anything is read
        List<BulkRecord<RecordActivity>> commands = new ArrayList<>();
        for (BulkRecord<ActivityBulkRecord> record : reader.read(body, ActivityBulkRecord.class, ledger)) {
            ActivityBulkRecord activity = record.value();
            if (!LeadNaming.namesOneWay(
                    record.index(), activity.leadId(), activity.source(), activity.externalId(), ledger)) {
                continue;
            }
            commands.add(new BulkRecord<>(
                    record.index(),
                    activity.activity()
                            .toCommand(
                                    activity.leadId(),
                                    LeadNaming.reference(activity.source(), activity.externalId()))));
        }
        service.recordAll(commands, ledger);
        return ledger.response();
    }

    /** The bulk body as the contract names it. */
    @Schema(name = "ActivityBulkRequest")
    record ActivityBulkRequest(
            @Schema(description = "The activities; at most 1000", required = true, maxItems = BulkRequest.MAX_RECORDS)
                    List<ActivityBulkRecord> records) {}
}
