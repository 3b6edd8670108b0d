package io.revalign.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** Writes problems as application/problem+json, for REST responses and for plain Vert.x routes alike. */
@ApplicationScoped
public class ProblemJson {

    private final ObjectMapper mapper;

    public ProblemJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serialises", e);
        }
    }

    public Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(write(problem));
    }

    /** Ends a Vert.x response with the problem, unless something was already written. */
    public void send(RoutingContext rc, Problem problem) {
        HttpServerResponse response = rc.response();
        if (response.headWritten()) {
            response.end();
            return;
        }
        response.setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (problem.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        response.end(write(problem));
    }
}
