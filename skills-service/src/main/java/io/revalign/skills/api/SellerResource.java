package io.revalign.skills.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.revalign.common.bulk.BulkLedger;
import io.revalign.common.bulk.BulkReader;
import io.revalign.common.bulk.BulkRecord;
import io.revalign.common.bulk.BulkRequest;
import io.revalign.common.bulk.BulkResponse;
import io.revalign.common.bulk.BulkStatus;
import io.revalign.common.concurrency.ETags;
import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.skills.domain.Seller;
import io.revalign.skills.domain.SellerFilter;
import io.revalign.skills.domain.SellerRole;
import io.revalign.skills.service.SellerService;
import io.revalign.skills.service.UpsertSeller;
import io.revalign.skills.service.UpsertedSeller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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

/** The roster: upsert by externalId, bulk import, read, list. */
@Path("/api/sellers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sellers", description = "The roster of sellers from the HRIS or CRM, upserted by externalId")
public class SellerResource {

    static final String UPSERT_STATUS = "Upsert-Status";

    private final SellerService service;
    private final Idempotency idempotency;
    private final BulkReader reader;

    public SellerResource(SellerService service, Idempotency idempotency, BulkReader reader) {
        this.service = service;
        this.idempotency = idempotency;
        this.reader = reader;
    }

    @PUT
    @Path("/external/{externalId}")
    @RolesAllowed({Roles.ENABLEMENT, Roles.REVOPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "upsertSellerByExternalId",
            summary = "Create or update the seller the HRIS or CRM knows by this id",
            description = "Matches on externalId only, never on email. Creates the seller (201) or replaces what it"
                    + " says (200); `Upsert-Status` says CREATED, UPDATED or UNCHANGED, and an identical body changes"
                    + " nothing. `active: false` deactivates the seller: it drops out of every figure.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "AE", value = Examples.SELLER_UPDATE)))
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
                            schema = @Schema(implementation = SellerResponse.class),
                            examples = @ExampleObject(name = "seller", value = Examples.SELLER)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is the seller's URL",
            headers =
                    @Header(name = UPSERT_STATUS, description = "CREATED", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(implementation = SellerResponse.class),
                            examples = @ExampleObject(name = "seller", value = Examples.SELLER)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid values",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid field", value = Examples.INVALID_SELLER)))
    public Response upsert(
            @Parameter(description = "The seller's id in the HRIS or CRM", schema = @Schema(maxLength = 200))
                    @PathParam("externalId")
                    @Size(min = 1, max = 200)
                    String externalId,
            @Valid @NotNull SellerUpdateRequest body,
            @Context UriInfo uri) {
        UpsertedSeller result = service.upsert(body.toCommand(externalId));
        Response.ResponseBuilder response = result.status() == BulkStatus.CREATED
                ? Response.created(uri.getBaseUriBuilder()
                        .path("api/sellers")
                        .path(result.seller().id.toString())
                        .build())
                : Response.ok();
        return response.header(UPSERT_STATUS, result.status())
                .entity(SellerResponse.from(result.seller()))
                .tag(ETags.entityTag(result.seller().version))
                .build();
    }

    @POST
    @Path("/bulk")
    @RolesAllowed({Roles.ENABLEMENT, Roles.REVOPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "upsertSellersInBulk",
            summary = "Upsert up to 1,000 sellers by externalId",
            description = "Each record is a seller with its externalId, upserted as by upsertSellerByExternalId. The"
                    + " answer has one result per record in input order (CREATED, UPDATED, UNCHANGED or FAILED with"
                    + " its errors) and a summary. Valid records are written even when others fail; one externalId"
                    + " twice is applied in order. Over 1,000 records: 413, nothing written. Safe to retry with"
                    + " Idempotency-Key.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = SellerBulkRequest.class),
                            examples = @ExampleObject(name = "two records", value = Examples.SELLER_BULK_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "One result per record, and a summary",
            content =
                    @Content(
                            schema = @Schema(implementation = BulkResponse.class),
                            examples = @ExampleObject(name = "mixed", value = Examples.SELLER_BULK_RESPONSE)))
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
        List<BulkRecord<UpsertSeller>> upserts = reader.read(body, SellerRequest.class, ledger).stream()
                .map(r -> new BulkRecord<>(r.index(), r.value().toCommand()))
                .toList();
        service.upsertAll(upserts, ledger);
        return ledger.response();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ENABLEMENT, Roles.SALES_LEADER, Roles.SALES, Roles.REVOPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(operationId = "getSeller", summary = "Read a seller")
    @APIResponse(
            responseCode = "200",
            description = "The seller, with its ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = SellerResponse.class),
                            examples = @ExampleObject(name = "seller", value = Examples.SELLER)))
    @APIResponse(
            responseCode = "404",
            description = "No seller with this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown id", value = Examples.UNKNOWN_SELLER)))
    public Response get(@PathParam("id") UUID id) {
        Seller seller = service.get(id);
        return ETags.ok(SellerResponse.from(seller), seller.version);
    }

    @GET
    @RolesAllowed({Roles.ENABLEMENT, Roles.SALES_LEADER, Roles.SALES, Roles.REVOPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(
            operationId = "listSellers",
            summary = "List sellers",
            description = "Oldest first, one page at a time; pass `next` as `after`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of sellers",
            content =
                    @Content(
                            schema = @Schema(implementation = SellerPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.SELLER_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad limit, cursor or role",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid limit", value = ProblemExamples.INVALID_PAGE)))
    public Page<SellerResponse> list(
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "Only this team") @QueryParam("team") @Size(max = 100) String team,
            @Parameter(description = "Only this role", schema = @Schema(implementation = SellerRole.class))
                    @QueryParam("role")
                    String role,
            @Parameter(description = "Only active (true) or inactive (false) sellers") @QueryParam("active")
                    Boolean active,
            @Parameter(description = "Only the reports of this manager (externalId)")
                    @QueryParam("managerExternalId")
                    @Size(max = 200)
                    String managerExternalId) {
        return service.list(
                        new SellerFilter(
                                team, EnumParam.parse(SellerRole.class, "role", role), active, managerExternalId),
                        after,
                        limit)
                .map(SellerResponse::from);
    }

    /** The bulk body as the contract names it. */
    @Schema(name = "SellerBulkRequest")
    record SellerBulkRequest(
            @Schema(description = "The sellers, processed in order; at most 1000", maxItems = BulkRequest.MAX_RECORDS)
                    List<SellerRequest> records) {}

    /** The page type as the contract names it. */
    @Schema(name = "SellerPage")
    record SellerPage(List<SellerResponse> items, @Schema(nullable = true) String next) {}
}
