package io.revalign.governance.api;

import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.security.Roles;
import io.revalign.common.webhooks.WebhookDeliveryResponse;
import io.revalign.common.webhooks.WebhookSubscriptionResponse;
import io.revalign.common.webhooks.WebhookSubscriptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook subscriptions of ai-governance-service: an integration (skills-service's AI-literacy gate, a
 * chat bot telling the Informed roles) says where decision and tool events go; RevAlign signs and
 * delivers them (docs/integrations.md). Only admins and integrations manage them.
 */
@Path("/api/webhooks/governance/subscriptions")
@Tag(name = "Webhooks")
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
public class WebhookSubscriptionResource {

    static final String SUBSCRIPTION_REQUEST =
            """
            {"url": "https://ai-council.northwind.example/revalign/governance", "eventTypes": ["decision.made"]}""";

    static final String SUBSCRIPTION_CREATED =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8f", "url": "https://ai-council.northwind.example/revalign/governance",
             "eventTypes": ["decision.made"], "active": true, "disabledReason": null,
             "createdAt": "2026-12-04T09:30:00Z", "createdBy": "ai-council-bot",
             "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}""";

    static final String BAD_URL =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "Some fields are invalid", "instance": "/api/webhooks/governance/subscriptions",
             "errors": [{"field": "url",
                         "message": "points inside the network (127.0.0.1); an operator can allow the host with revalign.webhooks.allowed-internal-hosts"}]}""";

    static final String DELIVERY_PAGE =
            """
            {"items": [{"id": "5b1c8f2e-3d4a-4e6f-9a7b-1c2d3e4f5a6b", "eventId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90",
              "eventType": "decision.made", "status": "PENDING", "attempts": 2,
              "nextAttemptAt": "2026-12-04T09:30:20Z", "lastStatus": 503, "lastError": "HTTP 503",
              "lastLatencyMs": 41, "deliveredAt": null}], "next": null}""";

    private final WebhookSubscriptions subscriptions;

    public WebhookSubscriptionResource(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Operation(
            operationId = "createGovernanceWebhookSubscription",
            summary = "Subscribe a URL to decision and AI-tool events",
            description = "The answer holds the signing secret, shown this once. Deliveries are signed per Standard"
                    + " Webhooks (webhook-id, webhook-timestamp, webhook-signature). A URL on a loopback, private,"
                    + " link-local or metadata address is refused unless an operator allowed its host.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookSubscriptionRequest.class),
                            examples = @ExampleObject(name = "decision.made", value = SUBSCRIPTION_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Subscribed; keep the secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookSubscriptionResponse.class),
                            examples = @ExampleObject(name = "created", value = SUBSCRIPTION_CREATED)))
    @APIResponse(
            responseCode = "400",
            description = "A URL RevAlign may not call, or an unknown event type",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "internal address", value = BAD_URL)))
    public Response create(
            @Valid @NotNull WebhookSubscriptionRequest request,
            @Context SecurityContext security,
            @Context UriInfo uri) {
        WebhookSubscriptions.Created created = subscriptions.create(
                request.url(), request.eventTypes(), security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.subscription().id().toString())
                        .build())
                .entity(WebhookSubscriptionResponse.from(created.subscription(), created.secret()))
                .build();
    }

    @GET
    @Operation(operationId = "listGovernanceWebhookSubscriptions", summary = "Every subscription (without secrets)")
    @APIResponse(responseCode = "200", description = "The subscriptions, oldest first")
    public List<WebhookSubscriptionResponse> list() {
        return subscriptions.list().stream()
                .map(WebhookSubscriptionResponse::from)
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getGovernanceWebhookSubscription", summary = "One subscription (without its secret)")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookSubscriptionResponse get(@PathParam("id") UUID id) {
        return WebhookSubscriptionResponse.from(subscriptions.get(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteGovernanceWebhookSubscription",
            summary = "Unsubscribe; pending deliveries are dropped")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id) {
        subscriptions.delete(id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(
            operationId = "rotateGovernanceWebhookSecret",
            summary = "Rotate the signing secret",
            description = "Answers the new secret, once. For a day (revalign.webhooks.secret-grace) deliveries carry"
                    + " two signatures, by the new and the old secret, so the receiver can switch without losing any.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret")
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookSubscriptionResponse rotate(@PathParam("id") UUID id) {
        String secret = subscriptions.rotate(id);
        return WebhookSubscriptionResponse.from(subscriptions.get(id), secret);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(
            operationId = "enableGovernanceWebhookSubscription",
            summary = "Switch a subscription on again",
            description = "After a day of failed deliveries a subscription is switched off (disabledReason says why).")
    @APIResponse(responseCode = "200", description = "The subscription, active")
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookSubscriptionResponse enable(@PathParam("id") UUID id) {
        return WebhookSubscriptionResponse.from(subscriptions.enable(id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listGovernanceWebhookDeliveries",
            summary = "The delivery log, newest event first",
            description = "Attempts, status, latency and last error of each delivery; pass `next` as `after`.")
    @APIResponse(
            responseCode = "200",
            description = "A page of deliveries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryPage.class),
                            examples = @ExampleObject(name = "page", value = DELIVERY_PAGE)))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<WebhookDeliveryResponse> deliveries(
            @PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 500")
                    @QueryParam("limit")
                    @DefaultValue(Page.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(Page.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Cursor from the previous page's `next`") @QueryParam("after") String after) {
        return subscriptions.deliveries(id, after, limit).map(WebhookDeliveryResponse::from);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(
            operationId = "redeliverGovernanceWebhook",
            summary = "Send a delivery again",
            description = "Makes it due now with a new one-day window, whatever its status.")
    @APIResponse(responseCode = "202", description = "Queued")
    @APIResponse(
            responseCode = "404",
            description = "No such delivery of this subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        subscriptions.redeliver(id, deliveryId);
        return Response.accepted().build();
    }

    /** The page type as the contract names it. */
    @Schema(name = "WebhookDeliveryPage")
    record DeliveryPage(List<WebhookDeliveryResponse> items, @Schema(nullable = true) String next) {}
}
