package io.revalign.lead.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import io.revalign.lead.domain.inbound.InboundMessage;
import io.revalign.lead.service.GenericInbound;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Contact changes from CRMs other than HubSpot (a Salesforce outbound-message relay, ...), as Standard
 * Webhooks messages signed with the source's secret; the signature is the authentication, so no
 * bearer token is needed. Queued in the CRM inbox and mapped like HubSpot's events.
 */
@Path("/api/integrations/inbound/{source}")
@Tag(name = "Integrations")
public class InboundWebhookResource {

    static final String EXAMPLE =
            """
            {"type": "contact.created", "timestamp": "2026-12-04T09:30:00Z",
             "data": {"id": "0035e00000AbCdEAAZ", "occurredAt": "2026-12-04T09:29:58Z",
                      "properties": {"Email": "dana.reyes@northwind.example", "FirstName": "Dana", "LastName": "Reyes",
                                     "Company": "Northwind Traders", "Title": "VP Sales", "NumberOfEmployees": "250"}}}""";

    static final String BAD_SIGNATURE =
            """
            {"type": "urn:revalign:problem:unauthorized", "title": "Authentication required", "status": 401,
             "detail": "webhook-signature does not match this message", "instance": "/api/integrations/inbound/salesforce"}""";

    private static final int MAX_PROPERTIES = 200;
    private static final int MAX_VALUE = 65_536;

    private final GenericInbound inbound;
    private final ObjectMapper mapper;

    public InboundWebhookResource(GenericInbound inbound, ObjectMapper mapper) {
        this.inbound = inbound;
        this.mapper = mapper;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "receiveInboundWebhook",
            summary = "Receive a signed contact change from a CRM (generic sources)",
            description = "For CRMs other than HubSpot, e.g. a relay of Salesforce outbound messages. Each source is"
                    + " configured by name (revalign.inbound.sources.<source>) with its Standard Webhooks secret and"
                    + " optionally its own property → lead field and activity maps (else HubSpot's). Authenticated by"
                    + " webhook-signature (v1, HMAC-SHA256 of webhook-id.webhook-timestamp.body), not a bearer token;"
                    + " a timestamp more than 5 minutes from now is refused. A message is stored once per webhook-id"
                    + " and applied in the background: contact.created and contact.updated upsert the lead (the"
                    + " source's lead source, data.id as externalId) once its email is known; mapped engagement"
                    + " properties become activities; other types are recorded and ignored.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.OBJECT),
                            examples = @ExampleObject(name = "Salesforce contact created", value = EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Accepted and queued (also for a message received before)")
    @APIResponse(
            responseCode = "400",
            description = "Not a JSON message, or a field missing or too long (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "A signature header missing, the signature wrong or the timestamp too old",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "wrong signature", value = BAD_SIGNATURE)))
    @APIResponse(
            responseCode = "403",
            description = "The source has no secret configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No source of this name is configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(
            @Parameter(description = "The source's configured name, e.g. salesforce") @PathParam("source")
                    String source,
            byte[] body,
            @Parameter(description = "The message's id, the same on every retry") @HeaderParam("webhook-id") String id,
            @Parameter(description = "When it was sent, in seconds since the epoch") @HeaderParam("webhook-timestamp")
                    String timestamp,
            @Parameter(description = "v1,<base64 HMAC-SHA256>; several separated by spaces during a secret rotation")
                    @HeaderParam("webhook-signature")
                    String signature) {
        byte[] bytes = body == null ? new byte[0] : body;
        inbound.verify(source, id, timestamp, signature, bytes);
        if (id.length() > 200) {
            throw ProblemException.invalid("webhook-id", "is longer than 200 characters");
        }
        inbound.accept(message(source, id, Instant.ofEpochSecond(Long.parseLong(timestamp.trim())), bytes));
        return Response.noContent().build();
    }

    private InboundMessage message(String source, String id, Instant sent, byte[] body) {
        JsonNode message = read(body);
        String type = text(message, "type", "type", 100);
        if (type == null || type.isBlank()) {
            throw ProblemException.invalid("type", "is required, e.g. contact.created or contact.updated");
        }
        JsonNode data = message.get("data");
        if (data == null || !data.isObject()) {
            throw ProblemException.invalid("data", "is required: an object with the contact's id and properties");
        }
        String externalId = text(data, "id", "data.id", 200);
        if (externalId == null || externalId.isBlank()) {
            throw ProblemException.invalid("data.id", "is required: the contact's id in the source");
        }
        return new InboundMessage(source, id, type, externalId, occurredAt(data, sent), properties(data));
    }

    private JsonNode read(byte[] body) {
        try {
            JsonNode message = body.length == 0 ? null : mapper.readTree(body);
            if (message != null && message.isObject()) {
                return message;
            }
        } catch (IOException e) {
            // answered below
        }
        throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body must be a JSON message object");
    }

    private static Instant occurredAt(JsonNode data, Instant sent) {
        String value = text(data, "occurredAt", "data.occurredAt", 64);
        if (value == null) {
            return sent;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("data.occurredAt", "must be an RFC 3339 date-time");
        }
    }

    private static Map<String, String> properties(JsonNode data) {
        JsonNode node = data.get("properties");
        Map<String, String> properties = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return properties;
        }
        if (!node.isObject() || node.size() > MAX_PROPERTIES) {
            throw ProblemException.invalid(
                    "data.properties", "must be an object of at most " + MAX_PROPERTIES + " properties");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode value = property.getValue();
            String field = "data.properties." + property.getKey();
            if (property.getKey().isBlank() || property.getKey().length() > 200) {
                throw ProblemException.invalid("data.properties", "property names are 1 to 200 characters");
            }
            if (value.isContainerNode()) {
                throw ProblemException.invalid(field, "must be a string, number, boolean or null");
            }
            String text = value.isNull() ? null : value.asText();
            if (text != null && text.length() > MAX_VALUE) {
                throw ProblemException.invalid(field, "is longer than " + MAX_VALUE + " characters");
            }
            properties.put(property.getKey(), text);
        }
        return properties;
    }

    private static String text(JsonNode node, String field, String name, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().length() > max) {
            throw ProblemException.invalid(name, "must be a string of at most " + max + " characters");
        }
        return value.asText();
    }
}
