package io.revalign.common.input;

import io.revalign.common.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource runs, a query or path parameter holding text that PostgreSQL cannot
 * store or compare (NUL, an unpaired surrogate half): a 400 naming the parameter, where it would
 * otherwise reach a query and fail there as a server error.
 */
public class StorableParameters {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter :
                request.getUriInfo().getQueryParameters(true).entrySet()) {
            if (!StrictJson.storable(parameter.getKey())) {
                throw ProblemException.invalid("query", StrictJson.NOT_STORABLE);
            }
            for (String value : parameter.getValue()) {
                if (!StrictJson.storable(value)) {
                    throw ProblemException.invalid(parameter.getKey(), StrictJson.NOT_STORABLE);
                }
            }
        }
        if (!StrictJson.storable(request.getUriInfo().getPath(true))) {
            throw ProblemException.invalid("path", StrictJson.NOT_STORABLE);
        }
    }
}
