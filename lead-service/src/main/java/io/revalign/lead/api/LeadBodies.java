package io.revalign.lead.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revalign.common.problem.ProblemException;
import io.revalign.lead.domain.Lead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;

/**
 * Reads the bodies of PUT and PATCH on a lead: refuses, naming the field, what only qualification
 * or the lead's identity decides, applies a JSON Merge Patch (RFC 7386) to the lead's current
 * values, and validates the result as a {@link LeadUpdateRequest}.
 */
@ApplicationScoped
class LeadBodies {

    /** Fields a client may read but not write here, and why. */
    private static final Map<String, String> NOT_WRITABLE = Map.of(
            "lifecycleStage", "is changed only by qualification and the hand-off, not by an update",
            "score", "is computed by qualification, not set by an update",
            "qualification", "is computed by qualification, not set by an update",
            "id", "is the lead's identity and cannot change",
            "source", "is the lead's identity and cannot change; upsert by (source, externalId) instead",
            "externalId", "is the lead's identity and cannot change; upsert by (source, externalId) instead",
            "createdAt", "is set when the lead is created",
            "updatedAt", "is set when the lead changes");

    private final ObjectMapper mapper;
    private final Validator validator;

    LeadBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** A full replacement body. */
    LeadUpdateRequest replacement(JsonNode body) throws JsonProcessingException {
        return bind(requireObject(body));
    }

    /** The lead's current values with {@code patch} merged in. */
    LeadUpdateRequest patched(Lead lead, JsonNode patch) throws JsonProcessingException {
        JsonNode current = mapper.valueToTree(LeadUpdateRequest.from(lead));
        return bind(merge(current, requireObject(patch)));
    }

    private ObjectNode requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        body.fieldNames().forEachRemaining(field -> {
            String why = NOT_WRITABLE.get(field);
            if (why != null) {
                throw ProblemException.invalid(field, why);
            }
        });
        return (ObjectNode) body;
    }

    private LeadUpdateRequest bind(JsonNode body) throws JsonProcessingException {
        LeadUpdateRequest request = mapper.treeToValue(body, LeadUpdateRequest.class);
        Set<ConstraintViolation<LeadUpdateRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /** RFC 7386: objects merge member by member, null removes a member, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        patch.fields().forEachRemaining(member -> {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        });
        return result;
    }
}
