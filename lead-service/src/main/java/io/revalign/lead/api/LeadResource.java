package io.revalign.lead.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.revalign.common.bulk.BulkLedger;
import io.revalign.common.bulk.BulkReader;
import io.revalign.common.bulk.BulkRecord;
import io.revalign.common.bulk.BulkRequest;
import io.revalign.common.bulk.BulkResponse;
import io.revalign.common.bulk.BulkStatus;
import io.revalign.common.concurrency.ETags;
import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadData;
import io.revalign.lead.domain.LeadFilter;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.qualification.QualificationSummary;
import io.revalign.lead.domain.qualification.ScoredLead;
import io.revalign.lead.service.CreateLead;
import io.revalign.lead.service.LeadService;
import io.revalign.lead.service.UpsertLead;
import io.revalign.lead.service.Upserted;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Leads: create, read, list, replace, patch, upsert by CRM id, and bulk upsert. */
@Path("/api/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leads", description = "Contacts and companies that marketing hands to sales")
// Most operations' roles; a method that differs names its own.
@RolesAllowed({
    Roles.MARKETING,
    Roles.MARKETING_LEADER,
    Roles.SALES,
    Roles.SALES_LEADER,
    Roles.REVOPS,
    Roles.INTEGRATION,
    Roles.ADMIN
})
public class LeadResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String UPSERT_STATUS = "Upsert-Status";

    private final LeadService service;
    private final Idempotency idempotency;
    private final LeadBodies bodies;
    private final BulkReader reader;

    public LeadResource(LeadService service, Idempotency idempotency, LeadBodies bodies, BulkReader reader) {
        this.service = service;
        this.idempotency = idempotency;
        this.bodies = bodies;
        this.reader = reader;
    }

    @POST
    @Operation(
            operationId = "createLead",
            summary = "Create a lead",
            description =
                    "A lead from a CRM carries its (source, externalId); a second lead with the same pair is refused.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "from Salesforce", value = Examples.LEAD_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is the new lead's URL",
            content =
                    @Content(
                            schema = @Schema(implementation = LeadResponse.class),
                            examples = @ExampleObject(name = "created", value = Examples.LEAD)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid or malformed lead",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid fields", value = Examples.INVALID_LEAD)))
    @APIResponse(
            responseCode = "409",
            description = "A lead with this source and externalId exists",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "duplicate", value = Examples.DUPLICATE_LEAD)))
    public Response create(
            @Valid @NotNull LeadRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri, body, () -> {
            Lead created = service.create(command(body));
            return new Idempotency.Created(
                    uri.getAbsolutePathBuilder().path(created.id.toString()).build(), response(created));
        });
    }

    @GET
    @Path("/{id}")
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
            operationId = "getLead",
            summary = "Read a lead",
            description = "The ETag is what PUT and PATCH need in If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The lead",
            headers =
                    @Header(
                            name = ETags.HEADER,
                            description = "The lead's version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = LeadResponse.class),
                            examples = @ExampleObject(name = "lead", value = Examples.LEAD)))
    @APIResponse(
            responseCode = "404",
            description = "No lead with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_LEAD)))
    public Response get(@PathParam("id") UUID id) {
        ScoredLead scored = service.getScored(id);
        return Response.ok(LeadResponse.from(scored))
                .tag(ETags.entityTag(scored.lead().version))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "replaceLead",
            summary = "Replace what a lead says",
            description = "Every field of LeadUpdate; one left out is cleared. Needs If-Match with the ETag last read."
                    + " Identity (source, externalId), lifecycleStage and score cannot be set here (400 naming the"
                    + " field). An identical body writes nothing: same ETag, same updatedAt.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = LeadUpdateRequest.class),
                            examples = @ExampleObject(name = "new title", value = Examples.LEAD_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "The lead as it is now, with its new ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = LeadResponse.class),
                            examples = @ExampleObject(name = "lead", value = Examples.LEAD)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid values or a field that cannot be set here",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "stage", value = Examples.STAGE_NOT_WRITABLE)))
    @APIResponse(
            responseCode = "404",
            description = "No lead with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_LEAD)))
    public Response replace(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
            JsonNode body)
            throws JsonProcessingException {
        return withETag(
                Response.ok(),
                service.replace(id, ifMatch, bodies.replacement(body).toData()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @Operation(
            operationId = "patchLead",
            summary = "Change some of what a lead says",
            description = "A JSON Merge Patch (RFC 7386) on LeadUpdate: members sent replace, null removes, objects"
                    + " merge. Needs If-Match with the ETag last read; stage, score and identity are refused.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MERGE_PATCH,
                            schema = @Schema(implementation = LeadUpdateRequest.class),
                            examples = @ExampleObject(name = "title and one attribute", value = Examples.LEAD_PATCH)))
    @APIResponse(
            responseCode = "200",
            description = "The lead as it is now, with its new ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = LeadResponse.class),
                            examples = @ExampleObject(name = "lead", value = Examples.LEAD)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid values or a field that cannot be set here",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "stage", value = Examples.STAGE_NOT_WRITABLE)))
    @APIResponse(
            responseCode = "404",
            description = "No lead with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_LEAD)))
    public Response patch(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
            JsonNode patch)
            throws JsonProcessingException {
        Lead current = service.get(id);
        IfMatch.of(ifMatch).check(current.version);
        LeadUpdateRequest merged = bodies.patched(current, patch);
        // The version just checked, so a change in between is a 412, never a patch applied to other values.
        return withETag(Response.ok(), service.replace(id, ETags.of(current.version), merged.toData()));
    }

    @PUT
    @Path("/external/{source}/{externalId}")
    @Operation(
            operationId = "upsertLeadByExternalId",
            summary = "Create or update the lead a CRM knows by this id",
            description = "Matches on (source, externalId) only, never on email. Creates the lead (201, at stage"
                    + " LEAD) or replaces what it says (200). `Upsert-Status` says CREATED, UPDATED or UNCHANGED; an"
                    + " identical body changes nothing (same ETag and updatedAt). Concurrent upserts of one id queue:"
                    + " exactly one creates.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = LeadUpdateRequest.class),
                            examples = @ExampleObject(name = "from Salesforce", value = Examples.LEAD_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "Updated or unchanged",
            headers =
                    @Header(
                            name = UPSERT_STATUS,
                            description = "UPDATED or UNCHANGED",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = LeadResponse.class),
                            examples = @ExampleObject(name = "lead", value = Examples.LEAD)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is the lead's URL",
            headers =
                    @Header(name = UPSERT_STATUS, description = "CREATED", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = LeadResponse.class),
                            examples = @ExampleObject(name = "lead", value = Examples.LEAD)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid values, or an unknown source",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid fields", value = Examples.INVALID_LEAD)))
    public Response upsert(
            @Parameter(description = "System the lead came from", schema = @Schema(implementation = LeadSource.class))
                    @PathParam("source")
                    String source,
            @Parameter(description = "The lead's id in that system", schema = @Schema(maxLength = 255))
                    @PathParam("externalId")
                    @Size(min = 1, max = 255)
                    String externalId,
            @Valid @NotNull LeadUpdateRequest body,
            @Context UriInfo uri) {
        ExternalReference reference =
                new ExternalReference(EnumParam.parse(LeadSource.class, "source", source), externalId);
        Upserted result = service.upsert(new UpsertLead(reference, body.toData(), null));
        Response.ResponseBuilder response = result.status() == BulkStatus.CREATED
                ? Response.created(uri.getBaseUriBuilder()
                        .path("api/leads")
                        .path(result.lead().id.toString())
                        .build())
                : Response.ok();
        return withETag(response.header(UPSERT_STATUS, result.status()), result.lead());
    }

    @POST
    @Path("/bulk")
    @Operation(
            operationId = "upsertLeadsInBulk",
            summary = "Upsert up to 1,000 leads by (source, externalId)",
            description = "Each record is a Lead request with its externalId and is upserted as by"
                    + " upsertLeadByExternalId. The answer has one result per record in input order (CREATED, UPDATED,"
                    + " UNCHANGED or FAILED with its errors) and a summary. Valid records are written even when others"
                    + " fail; one external id twice is applied in order. Over 1,000 records: 413, nothing written."
                    + " Safe to retry with Idempotency-Key.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = LeadBulkRequest.class),
                            examples = @ExampleObject(name = "two records", value = Examples.LEAD_BULK_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "One result per record, and a summary",
            content =
                    @Content(
                            schema = @Schema(implementation = BulkResponse.class),
                            examples = @ExampleObject(name = "mixed", value = Examples.LEAD_BULK_RESPONSE)))
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
        return idempotency.post(idempotencyKey, uri, body, () -> new Idempotency.Outcome(200, null, upsertAll(body)));
    }

    private BulkResponse upsertAll(BulkRequest<JsonNode> body) {
        BulkLedger ledger = body.ledger(); // over 1,000: a 413 before anything is read
        List<BulkRecord<UpsertLead>> upserts = new ArrayList<>();
        for (BulkRecord<LeadRequest> record : reader.read(body, LeadRequest.class, ledger)) {
            LeadRequest lead = record.value();
            if (lead.externalId() == null) {
                ledger.failed(
                        record.index(), "externalId", "is required: bulk upserts match leads by (source, externalId)");
                continue;
            }
            upserts.add(new BulkRecord<>(
                    record.index(),
                    new UpsertLead(
                            new ExternalReference(lead.source(), lead.externalId()),
                            lead.toData(),
                            lead.lifecycleStage())));
        }
        service.upsertAll(upserts, ledger);
        return ledger.response();
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an RFC 3339 date-time such as 2026-11-20T09:00:00Z");
        }
    }

    /** The lead as answered after a change: with its qualification summary as scoring just left it. */
    private LeadResponse response(Lead lead) {
        return LeadResponse.from(
                lead, service.qualificationsOf(List.of(lead.id)).get(lead.id));
    }

    private Response withETag(Response.ResponseBuilder response, Lead lead) {
        return response.entity(response(lead))
                .tag(ETags.entityTag(lead.version))
                .build();
    }

    @GET
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
            operationId = "listLeads",
            summary = "List leads",
            description = "Oldest first, one page at a time; pass `next` as `after`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of leads",
            content =
                    @Content(
                            schema = @Schema(implementation = LeadPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.LEAD_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit or cursor",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<LeadResponse> list(
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Only leads from this source", schema = @Schema(implementation = LeadSource.class))
                    @QueryParam("source")
                    String source,
            @Parameter(description = "Only the lead with this id in its source") @QueryParam("externalId")
                    String externalId,
            @Parameter(description = "Only leads with this email (any case): how a data subject's leads are found")
                    @QueryParam("email")
                    @Size(max = 320)
                    String email,
            @Parameter(
                            description = "Only leads at this stage",
                            schema = @Schema(implementation = LifecycleStage.class))
                    @QueryParam("stage")
                    String stage,
            @Parameter(
                            description = "Only leads changed at or after this instant (RFC 3339), for delta sync;"
                                    + " see docs/leads.md for the overlap to use",
                            example = "2026-11-20T09:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(description = "Only leads whose email or company starts with this (any case)")
                    @QueryParam("q")
                    @Size(min = 1, max = 200)
                    String q) {
        LeadFilter filter = new LeadFilter(
                EnumParam.parse(LeadSource.class, "source", source),
                externalId,
                email,
                EnumParam.parse(LifecycleStage.class, "stage", stage),
                instant("updatedSince", updatedSince),
                q);
        Page<Lead> page = service.list(filter, after, limit);
        Map<UUID, QualificationSummary> scores = service.qualificationsOf(
                page.items().stream().map(lead -> lead.id).toList());
        return page.map(lead -> LeadResponse.from(lead, scores.get(lead.id)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.REVOPS, Roles.ADMIN})
    @Operation(
            operationId = "eraseLead",
            summary = "Erase a lead's personal data",
            description = "For a data subject's erasure request: email, names, title and free attributes are removed;"
                    + " an anonymised row stays (company facts, source, stage, dates) so funnel and alignment figures"
                    + " stay true, with erasedAt and who erased it recorded. Later updates of the lead are refused"
                    + " (409). Erasing again changes nothing. Find a person's leads first with `?email=`.")
    @APIResponse(responseCode = "204", description = "Erased (or already erased)")
    @APIResponse(
            responseCode = "409",
            description = "The lead was stored with a source this version does not know (written by a newer version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No lead with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_LEAD)))
    public void erase(@PathParam("id") UUID id, @Context SecurityContext security) {
        service.erase(id, security.getUserPrincipal().getName());
    }

    private static CreateLead command(LeadRequest body) {
        LeadData data = body.toData();
        return new CreateLead(
                data.email(),
                data.firstName(),
                data.lastName(),
                data.company(),
                data.title(),
                data.industry(),
                data.companySize(),
                data.country(),
                body.source(),
                body.externalId(),
                data.bant(),
                data.attributes(),
                body.lifecycleStage());
    }

    /** The page type as the contract names it. */
    @Schema(name = "LeadPage")
    record LeadPage(List<LeadResponse> items, @Schema(nullable = true) String next) {}

    /** The bulk body as the contract names it. */
    @Schema(name = "LeadBulkRequest")
    record LeadBulkRequest(
            @Schema(
                            description = "The leads, each with its externalId; at most 1000",
                            required = true,
                            maxItems = BulkRequest.MAX_RECORDS)
                    List<LeadRequest> records) {}
}
