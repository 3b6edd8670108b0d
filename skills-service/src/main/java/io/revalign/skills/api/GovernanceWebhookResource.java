package io.revalign.skills.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.ToolApproval;
import io.revalign.skills.service.AiLiteracyGate;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
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
 * The receiving end of skills-service's subscription to ai-governance-service's {@code decision.made}
 * events. Governance signs each delivery (Standard Webhooks); the signature is the authentication,
 * so no bearer token is needed.
 */
@Path("/api/integrations/governance/webhooks")
@Tag(name = "Integrations", description = "Events other services send: governance's AI-tool decisions")
public class GovernanceWebhookResource {

    private static final int MAX_LIST = 200;

    private final AiLiteracyGate gate;
    private final ObjectMapper mapper;

    public GovernanceWebhookResource(AiLiteracyGate gate, ObjectMapper mapper) {
        this.gate = gate;
        this.mapper = mapper;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "receiveGovernanceWebhook",
            summary = "Receive a decision.made event from ai-governance-service",
            description = "The URL of skills-service's subscription to governance's decision.made events (the"
                    + " AI-literacy gate). Authenticated by the Standard Webhooks signature made with the"
                    + " subscription's secret, not a bearer token; a timestamp more than 5 minutes from now is"
                    + " refused. An APPROVED APPROVE_PILOT or APPROVE_ROLLOUT writes a new version of each affected"
                    + " role's profile (data.sellerRoles; none named: every role with a profile) requiring the"
                    + " tool's skills (data.skillKeys) at data.requiredLevel or above, with the decision as its"
                    + " reason. Applied once per webhook-id and once per decision and role; other events and"
                    + " outcomes are acknowledged and ignored.")
    @RequestBody(
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .OBJECT),
                            examples = @ExampleObject(name = "rollout approved", value = Examples.DECISION_MADE)))
    @APIResponse(responseCode = "204", description = "Applied, ignored, or received before")
    @APIResponse(
            responseCode = "400",
            description = "Not a JSON event, or a decision.made without a field the gate needs",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "A signature header missing, the signature wrong, or the timestamp too old",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(name = "wrong signature", value = Examples.WEBHOOK_BAD_SIGNATURE)))
    @APIResponse(
            responseCode = "403",
            description = "Governance webhooks are not enabled (no subscription secret configured)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(
            byte[] body,
            @Parameter(description = "The event's id, the same on every retry") @HeaderParam("webhook-id") String id,
            @Parameter(description = "When it was sent, in seconds since the epoch") @HeaderParam("webhook-timestamp")
                    String timestamp,
            @Parameter(description = "v1,<base64 HMAC-SHA256>; several separated by spaces during a secret rotation")
                    @HeaderParam("webhook-signature")
                    String signature) {
        byte[] bytes = body == null ? new byte[0] : body;
        gate.verify(id, timestamp, signature, bytes);
        if (id.length() > 200) {
            throw ProblemException.invalid("webhook-id", "is longer than 200 characters");
        }
        JsonNode event = read(bytes);
        String type = text(event, "type", "type");
        if (type == null || type.isBlank() || type.length() > 100) {
            throw ProblemException.invalid("type", "is required: the event type, e.g. " + AiLiteracyGate.DECISION_MADE);
        }
        JsonNode data = event.hasNonNull("data") ? event.get("data") : event;
        gate.receive(id, type, AiLiteracyGate.DECISION_MADE.equals(type) ? approval(data) : null);
        return Response.noContent().build();
    }

    private JsonNode read(byte[] body) {
        try {
            JsonNode event = body.length == 0 ? null : mapper.readTree(body);
            if (event == null || !event.isObject()) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body must be a JSON event object");
            }
            return event;
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body must be a JSON event object");
        }
    }

    private static ToolApproval approval(JsonNode data) {
        UUID decisionId = uuid(data, "decisionId", true);
        Integer level =
                data.hasNonNull("requiredLevel") ? data.get("requiredLevel").asInt(-1) : null;
        if (level != null && (level < 1 || level > 4)) {
            throw ProblemException.invalid("data.requiredLevel", "must be 1 to 4");
        }
        return new ToolApproval(
                decisionId,
                uuid(data, "toolId", false),
                text(data, "toolName", "data.toolName"),
                text(data, "decisionType", "data.decisionType"),
                text(data, "outcome", "data.outcome"),
                strings(data, "skillKeys"),
                strings(data, "sellerRoles"),
                level == null ? null : ProficiencyLevel.of(level));
    }

    private static UUID uuid(JsonNode data, String field, boolean required) {
        String value = text(data, field, "data." + field);
        if (value == null) {
            if (required) {
                throw ProblemException.invalid("data." + field, "is required");
            }
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("data." + field, "must be a UUID");
        }
    }

    private static String text(JsonNode node, String field, String name) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().length() > 1000) {
            throw ProblemException.invalid(name, "must be a string of at most 1000 characters");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode data, String field) {
        JsonNode list = data.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray() || list.size() > MAX_LIST) {
            throw ProblemException.invalid("data." + field, "must be a list of at most " + MAX_LIST + " strings");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isTextual() || list.get(i).asText().length() > 100) {
                throw ProblemException.invalid(
                        "data." + field + "[" + i + "]", "must be a string of at most 100 characters");
            }
            values.add(list.get(i).asText());
        }
        return values;
    }
}
