package io.revalign.lead.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import io.revalign.common.bulk.BulkLedger;
import io.revalign.common.bulk.BulkReader;
import io.revalign.common.bulk.BulkRecord;
import io.revalign.common.bulk.BulkRequest;
import io.revalign.common.bulk.BulkResponse;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.domain.qualification.LeadOutcome;
import io.revalign.lead.service.ImportOutcome;
import io.revalign.lead.service.LeadQualifications;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Outcomes imported in bulk (from a CRM export), each naming its lead by id or by CRM identity. */
@Path("/api/leads/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lead qualification", description = "Why a lead scored what it did, and where it went")
public class OutcomeBulkResource {

    private final LeadQualifications qualifications;
    private final Idempotency idempotency;
    private final BulkReader reader;
    private final SecurityIdentity identity;

    public OutcomeBulkResource(
            LeadQualifications qualifications, Idempotency idempotency, BulkReader reader, SecurityIdentity identity) {
        this.qualifications = qualifications;
        this.idempotency = idempotency;
        this.reader = reader;
        this.identity = identity;
    }

    @POST
    @Path("/bulk")
    @RolesAllowed({Roles.SALES, Roles.SALES_LEADER, Roles.REVOPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "importLeadOutcomesInBulk",
            summary = "Import up to 1,000 lead outcomes",
            description = "What became of leads (sales' verdict, the deal's result, at least one), each naming its lead"
                    + " by `leadId` or by (`source`, `externalId`), as recordLeadOutcome records one. One result per"
                    + " record in input order: CREATED, UPDATED, UNCHANGED (the lead already had exactly this outcome;"
                    + " nothing written) or FAILED (invalid, or no such lead); a lead named twice is applied in input"
                    + " order. Over 1,000 records: 413, nothing written. Safe to retry with Idempotency-Key.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = OutcomeBulkRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "from a CRM export",
                                            value = QualificationExamples.OUTCOME_BULK_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "One result per record, and a summary",
            content =
                    @Content(
                            schema = @Schema(implementation = BulkResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "mixed",
                                            value = QualificationExamples.OUTCOME_BULK_RESPONSE)))
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
        return idempotency.post(idempotencyKey, uri, body, () -> new Idempotency.Outcome(200, null, importAll(body)));
    }

    private BulkResponse importAll(BulkRequest<JsonNode> body) {
        BulkLedger ledger = body.ledger(); // over 1,000: a 413 before anything is read
        List<BulkRecord<ImportOutcome>> commands = new ArrayList<>();
        for (BulkRecord<OutcomeBulkRecord> record : reader.read(body, OutcomeBulkRecord.class, ledger)) {
            OutcomeBulkRecord outcome = record.value();
            if (!LeadNaming.namesOneWay(
                    record.index(), outcome.leadId(), outcome.source(), outcome.externalId(), ledger)) {
                continue;
            }
            commands.add(new BulkRecord<>(
                    record.index(),
                    new ImportOutcome(
                            outcome.leadId(),
                            LeadNaming.reference(outcome.source(), outcome.externalId()),
                            new LeadOutcome(outcome.salesVerdict(), outcome.dealOutcome()))));
        }
        qualifications.importOutcomes(commands, ledger, SignOffRecords.actor(identity));
        return ledger.response();
    }

    /** One record of a bulk outcome import: the outcome and its lead, by id or by CRM identity. */
    @Schema(name = "LeadOutcomeBulkRecord")
    record OutcomeBulkRecord(
            @Schema(description = "The lead's RevAlign id; or give source and externalId") UUID leadId,
            @Schema(description = "The lead's source, with externalId") LeadSource source,
            @Size(min = 1, max = 255) @Schema(description = "The lead's id in its source") String externalId,
            @Schema(nullable = true) LeadOutcome.SalesVerdict salesVerdict,
            @Schema(nullable = true) LeadOutcome.DealOutcome dealOutcome) {}

    /** The bulk body as the contract names it. */
    @Schema(name = "LeadOutcomeBulkRequest")
    record OutcomeBulkRequest(
            @Schema(description = "The outcomes; at most 1000", required = true, maxItems = BulkRequest.MAX_RECORDS)
                    List<OutcomeBulkRecord> records) {}
}
