package io.revalign.skills.api;

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
import io.revalign.skills.domain.Assessment;
import io.revalign.skills.service.AssessmentService;
import io.revalign.skills.service.ImportAssessment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assessments by id: import many from an LMS, read one. */
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Assessments",
        description = "Assessed levels per seller and skill, and the precedence that picks the one that counts")
public class AssessmentResource {

    private final AssessmentService service;
    private final Idempotency idempotency;
    private final BulkReader reader;
    private final CurrentCaller caller;

    public AssessmentResource(
            AssessmentService service, Idempotency idempotency, BulkReader reader, CurrentCaller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.reader = reader;
        this.caller = caller;
    }

    @POST
    @Path("/bulk")
    @RolesAllowed({Roles.ENABLEMENT, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "importAssessments",
            summary = "Import up to 1,000 assessments (from an LMS)",
            description = "Each record names the seller by externalId and is recorded as by recordAssessment, under"
                    + " the same rules: a record the caller may not write (an integration writes COURSE and"
                    + " CERTIFICATION only) or an invalid one FAILS alone. A fact recorded before is UNCHANGED, so a"
                    + " re-sent import writes nothing twice. Over 1,000 records: 413.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = AssessmentBulkRequest.class),
                            examples = @ExampleObject(name = "LMS", value = Examples.ASSESSMENT_BULK_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "One result per record, and a summary",
            content =
                    @Content(
                            schema = @Schema(implementation = BulkResponse.class),
                            examples = @ExampleObject(name = "mixed", value = Examples.ASSESSMENT_BULK_RESPONSE)))
    @APIResponse(
            responseCode = "413",
            description = "More than 1,000 records",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "too many", value = ProblemExamples.TOO_MANY_RECORDS)))
    public Response importAll(
            @Valid @NotNull BulkRequest<JsonNode> body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.post(idempotencyKey, uri, body, () -> {
            BulkLedger ledger = body.ledger();
            List<BulkRecord<ImportAssessment>> records =
                    reader.read(body, AssessmentImportRequest.class, ledger).stream()
                            .map(r -> new BulkRecord<>(r.index(), r.value().toCommand()))
                            .toList();
            service.importAll(records, ledger, caller.get());
            return new Idempotency.Outcome(200, null, ledger.response());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.SELLER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.ENABLEMENT,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(
            operationId = "getAssessment",
            summary = "Read an assessment",
            description = "The seller, their manager and enablement roles may read it; else 403.")
    @APIResponse(
            responseCode = "200",
            description = "The assessment",
            content =
                    @Content(
                            schema = @Schema(implementation = AssessmentResponse.class),
                            examples = @ExampleObject(name = "assessment", value = Examples.ASSESSMENT)))
    @APIResponse(
            responseCode = "404",
            description = "No assessment with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_ASSESSMENT)))
    public AssessmentResponse get(@PathParam("id") UUID id) {
        Assessment assessment = service.get(id, caller.get());
        return AssessmentResponse.from(
                assessment, service.skillKeys(List.of(assessment)).get(assessment.skillId));
    }

    /** The bulk body as the contract names it. */
    @Schema(name = "AssessmentBulkRequest")
    record AssessmentBulkRequest(
            @Schema(
                            description = "The assessments, processed in order; at most 1000",
                            maxItems = BulkRequest.MAX_RECORDS)
                    List<AssessmentImportRequest> records) {}
}
