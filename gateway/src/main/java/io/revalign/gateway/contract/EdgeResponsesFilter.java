package io.revalign.gateway.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.revalign.common.problem.Problem;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Adds the gateway's own answers (429, 502, 503, 504 and the RateLimit-* headers) to the gateway's API operations. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EdgeResponsesFilter implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public PathItem filterPathItem(PathItem item) {
        return item;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        for (EdgeResponses.Edge edge : EdgeResponses.ALL) {
            if (operation.getResponses().hasAPIResponse(edge.status())) {
                continue;
            }
            APIResponse response = OASFactory.createAPIResponse()
                    .description(edge.description())
                    .addHeader(EdgeResponses.RETRY_AFTER, integerHeader(EdgeResponses.RETRY_AFTER_DESCRIPTION))
                    .content(OASFactory.createContent()
                            .addMediaType(
                                    Problem.MEDIA_TYPE,
                                    OASFactory.createMediaType()
                                            .schema(OASFactory.createSchema().ref("Problem"))
                                            .addExample(
                                                    "problem",
                                                    OASFactory.createExample().value(parse(edge.example())))));
            if (edge.rateLimited()) {
                EdgeResponses.RATE_LIMIT_HEADERS.forEach(
                        (name, description) -> response.addHeader(name, integerOrText(name, description)));
            }
            operation.getResponses().addAPIResponse(edge.status(), response);
        }
        return operation;
    }

    private static Header integerOrText(String name, String description) {
        return "RateLimit-Policy".equals(name)
                ? OASFactory.createHeader()
                        .description(description)
                        .schema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .maxLength(64))
                : integerHeader(description);
    }

    private static Header integerHeader(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
    }

    private static Map<?, ?> parse(String example) {
        try {
            return JSON.readValue(example, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Edge examples are JSON", e);
        }
    }
}
