package io.revalign.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.idempotency.Idempotency;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, in every contract, the problems that shared mechanisms answer with, so no resource
 * repeats them: the 401 and 403 Quarkus adds to secured operations, the 409 and 422 of
 * operations that take an Idempotency-Key, and the 412 and 428 of operations that take If-Match.
 */
public class CommonProblemResponses implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        describe(
                responses.getAPIResponse("401"), "No valid bearer token", "unauthorized", ProblemExamples.UNAUTHORIZED);
        describe(
                responses.getAPIResponse("403"),
                "The token lacks a role for this operation",
                "forbidden",
                ProblemExamples.FORBIDDEN);
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(p -> p.getIn() == Parameter.In.HEADER && Idempotency.HEADER.equals(p.getName()))
                    .findFirst()
                    .ifPresent(key -> documentIdempotency(key, responses));
            operation.getParameters().stream()
                    .filter(p -> p.getIn() == Parameter.In.HEADER && IfMatch.HEADER.equals(p.getName()))
                    .findFirst()
                    .ifPresent(ifMatch -> documentIfMatch(ifMatch, responses));
        }
        return operation;
    }

    private static void documentIdempotency(Parameter key, APIResponses responses) {
        key.description(ProblemExamples.IDEMPOTENCY_KEY_DESCRIPTION);
        APIResponse conflict = responses.getAPIResponse("409");
        if (conflict == null) {
            conflict =
                    OASFactory.createAPIResponse().description("The Idempotency-Key's first request is still running");
            responses.addAPIResponse("409", conflict);
        } else {
            conflict.description(
                    conflict.getDescription() + ", or the Idempotency-Key's first request is still running");
        }
        problemContent(conflict)
                .addExample(
                        "key in flight",
                        OASFactory.createExample().value(parse(ProblemExamples.IDEMPOTENCY_IN_FLIGHT)));
        APIResponse reused =
                OASFactory.createAPIResponse().description("The Idempotency-Key was used for another request");
        problemContent(reused)
                .addExample(
                        "key reused", OASFactory.createExample().value(parse(ProblemExamples.IDEMPOTENCY_KEY_REUSED)));
        responses.addAPIResponse("422", reused);
    }

    private static void documentIfMatch(Parameter ifMatch, APIResponses responses) {
        ifMatch.description(ProblemExamples.IF_MATCH_DESCRIPTION);
        APIResponse stale = OASFactory.createAPIResponse()
                .description("If-Match is not the current ETag (header ETag: the current one)");
        problemContent(stale)
                .addExample("stale", OASFactory.createExample().value(parse(ProblemExamples.PRECONDITION_FAILED)));
        responses.addAPIResponse("412", stale);
        APIResponse missing =
                OASFactory.createAPIResponse().description("If-Match is missing (header ETag: the current one)");
        problemContent(missing)
                .addExample("missing", OASFactory.createExample().value(parse(ProblemExamples.PRECONDITION_REQUIRED)));
        responses.addAPIResponse("428", missing);
    }

    private static void describe(APIResponse response, String description, String name, String example) {
        if (response == null || response.getContent() != null) {
            return;
        }
        response.description(description);
        problemContent(response).addExample(name, OASFactory.createExample().value(parse(example)));
    }

    /** The response's problem+json media type, created with the Problem schema if it has none. */
    private static MediaType problemContent(APIResponse response) {
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.content(content);
        }
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("Problem"));
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        return problem;
    }

    private static Map<?, ?> parse(String example) {
        try {
            return JSON.readValue(example, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem examples are JSON", e);
        }
    }
}
