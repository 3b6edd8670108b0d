package io.revalign.lead.api;

import io.revalign.common.idempotency.Idempotency;
import io.revalign.common.page.Page;
import io.revalign.common.problem.EnumParam;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.security.Roles;
import io.revalign.lead.domain.Bant;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadFilter;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.service.CreateLead;
import io.revalign.lead.service.LeadService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Leads: create, read, list. */
@Path("/api/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leads", description = "Contacts and companies that marketing hands to sales")
public class LeadResource {

    private final LeadService service;
    private final Idempotency idempotency;

    public LeadResource(LeadService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({
        Roles.MARKETING,
        Roles.MARKETING_LEADER,
        Roles.SALES,
        Roles.SALES_LEADER,
        Roles.REVOPS,
        Roles.INTEGRATION,
        Roles.ADMIN
    })
    @Operation(
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
                    uri.getAbsolutePathBuilder().path(created.id.toString()).build(), LeadResponse.from(created));
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
    @Operation(summary = "Read a lead")
    @APIResponse(
            responseCode = "200",
            description = "The lead",
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
    public LeadResponse get(@PathParam("id") UUID id) {
        return LeadResponse.from(service.get(id));
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
    @Operation(summary = "List leads", description = "Oldest first, one page at a time; pass `next` as `after`.")
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
            @Parameter(description = "Only leads with this email (any case)") @QueryParam("email") String email) {
        return service.list(
                        new LeadFilter(EnumParam.parse(LeadSource.class, "source", source), externalId, email),
                        after,
                        limit)
                .map(LeadResponse::from);
    }

    private static CreateLead command(LeadRequest body) {
        LeadRequest.BantAnswers bant = body.bant();
        return new CreateLead(
                body.email(),
                body.firstName(),
                body.lastName(),
                body.company(),
                body.title(),
                body.industry(),
                body.companySize(),
                body.country(),
                body.source(),
                body.externalId(),
                bant == null ? null : Bant.of(bant.budget(), bant.authority(), bant.need(), bant.timeline()),
                body.attributes(),
                body.lifecycleStage());
    }

    /** The page type as the contract names it. */
    @Schema(name = "LeadPage")
    record LeadPage(java.util.List<LeadResponse> items, @Schema(nullable = true) String next) {}
}
