package io.revalign.lead.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import io.revalign.lead.domain.inbound.InboundEvent;
import io.revalign.lead.service.HubSpotInbound;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HubSpot's webhook requests. HubSpot sends no bearer token: the v3 signature, made with the app's
 * client secret, is the authentication. The events are queued and worked off in the background, so
 * HubSpot gets its 204 at once and does not retry.
 */
@Path("/api/integrations/hubspot/webhooks")
@Tag(name = "Integrations")
public class HubSpotWebhookResource {

    private static final int MAX_EVENTS = 1000;

    private static final TypeReference<List<HubSpotEventPayload>> EVENTS = new TypeReference<>() {};

    static final String EXAMPLE =
            """
            [{"eventId": 1743920, "subscriptionId": 2210, "portalId": 62515, "appId": 1160452,
              "occurredAt": 1764581400000, "subscriptionType": "contact.creation", "attemptNumber": 0,
              "objectId": 5101, "changeFlag": "CREATED", "changeSource": "CRM_UI"},
             {"eventId": 1743921, "subscriptionId": 2211, "portalId": 62515, "appId": 1160452,
              "occurredAt": 1764581400000, "subscriptionType": "contact.propertyChange", "attemptNumber": 0,
              "objectId": 5101, "propertyName": "email", "propertyValue": "dana.reyes@northwind.example",
              "changeSource": "CRM_UI"}]""";

    private final HubSpotInbound inbound;
    private final ObjectMapper mapper;

    public HubSpotWebhookResource(HubSpotInbound inbound, ObjectMapper mapper) {
        this.inbound = inbound;
        this.mapper = mapper;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "receiveHubSpotWebhook",
            summary = "Receive a HubSpot webhook batch",
            description = "The target URL of a HubSpot app's webhook subscriptions (contact.creation and"
                    + " contact.propertyChange). Authenticated by HubSpot's v3 signature, not a bearer token:"
                    + " X-HubSpot-Signature-v3 is the base64 HMAC-SHA256, keyed with the app's client secret,"
                    + " of method + URL + body + X-HubSpot-Request-Timestamp; a request more than 5 minutes old"
                    + " is refused. Events are stored once per eventId and applied in the background: contacts"
                    + " become leads (source HUBSPOT, externalId the contact id) once their email is known, mapped"
                    + " properties update them, engagement properties become activities.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = HubSpotEventPayload.class),
                            examples = @ExampleObject(name = "new contact", value = EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Accepted and queued (also for events received before)")
    @APIResponse(
            responseCode = "400",
            description = "The body is not a JSON array of HubSpot events",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "Signature missing or wrong, or timestamp too old",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "HubSpot webhooks are not enabled (no client secret configured)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(
            byte[] body,
            @Parameter(description = "HubSpot's v3 signature of the request") @HeaderParam("X-HubSpot-Signature-v3")
                    String signature,
            @Parameter(description = "When HubSpot sent the request, in milliseconds since the epoch")
                    @HeaderParam("X-HubSpot-Request-Timestamp")
                    String timestamp,
            @Context UriInfo uri) {
        inbound.verify("POST", uri.getRequestUri(), body == null ? new byte[0] : body, timestamp, signature);
        inbound.accept(events(body));
        return Response.noContent().build();
    }

    private List<InboundEvent> events(byte[] body) {
        List<HubSpotEventPayload> payloads;
        try {
            payloads = body == null || body.length == 0 ? null : mapper.readValue(body, EVENTS);
        } catch (JsonProcessingException e) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "The body must be a JSON array of HubSpot events: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body cannot be read");
        }
        if (payloads == null) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST, "The body must be a JSON array of HubSpot events");
        }
        if (payloads.size() > MAX_EVENTS) {
            throw ProblemException.invalid("events", "at most " + MAX_EVENTS + " events per request");
        }
        List<InboundEvent> events = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            if (payloads.get(i) == null) {
                throw ProblemException.invalid("[" + i + "]", "must be an event object");
            }
            events.add(payloads.get(i).toEvent(i));
        }
        return events;
    }
}
