package io.revalign.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the 401 and 403 that Quarkus adds to every secured operation of a contract as
 * problem+json with an example, so no resource has to repeat them.
 */
public class SecuredOperationProblems implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null) {
            describe(operation.getResponses().getAPIResponse("401"), "No valid bearer token",
                    "unauthorized", ProblemExamples.UNAUTHORIZED);
            describe(operation.getResponses().getAPIResponse("403"), "The token lacks a role for this operation",
                    "forbidden", ProblemExamples.FORBIDDEN);
        }
        return operation;
    }

    private static void describe(APIResponse response, String description, String name, String example) {
        if (response == null || response.getContent() != null) {
            return;
        }
        response.description(description).content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        .addExample(name, OASFactory.createExample().value(parse(example)))));
    }

    private static Map<?, ?> parse(String example) {
        try {
            return JSON.readValue(example, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem examples are JSON", e);
        }
    }
}
