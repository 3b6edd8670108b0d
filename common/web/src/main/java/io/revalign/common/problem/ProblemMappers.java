package io.revalign.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.revalign.common.input.StrictJson;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that leaves a REST resource into an RFC 9457 problem without internals. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    // PostgreSQL SQLSTATEs (appendix A of its manual) that mean a conflict the client can resolve.
    static final String UNIQUE_VIOLATION = "23505";
    static final String SERIALIZATION_FAILURE = "40001";
    static final String DEADLOCK_DETECTED = "40P01";
    // ... and those that mean text PostgreSQL cannot store (NUL in text, a NUL escape in jsonb): the
    // client's mistake, so a 400 and no stack trace in the log.
    static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
    static final String UNTRANSLATABLE_CHARACTER = "22P05";
    // ... and those that mean the database is out of reach (connection exceptions, the server shutting
    // down or not yet accepting connections, no connection slot left): an outage, so a 503 the client
    // can retry, and one log line without a stack trace per request.
    static final String CONNECTION_EXCEPTION_CLASS = "08";
    static final List<String> DATABASE_UNAVAILABLE = List.of("57P01", "57P02", "57P03", "53300");
    static final String RETRY_AFTER_DATABASE_SECONDS = "5";

    private final ProblemJson json;

    public ProblemMappers(ProblemJson json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = json.response(e.toProblem(path(uri)));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return json.response(Problem.validation(errors, path(uri))).build();
    }

    // The subtypes are listed because Quarkus REST maps some of them itself, with bodies we do not want.
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        StreamConstraintsException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        ValueInstantiationException.class,
        UnrecognizedPropertyException.class
    })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpServerRequest request) {
        if (whileWriting(e)) {
            // A response that cannot be written (a stored value past what JSON can hold) is the
            // service's failure, not the client's request.
            return unexpected(e, uri, request);
        }
        return json.response(jsonProblem(e, path(uri))).build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(UriInfo uri) {
        return json.response(Problem.of(ProblemType.UNAUTHORIZED, path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return json.response(Problem.of(ProblemType.FORBIDDEN, path(uri))).build();
    }

    @ServerExceptionMapper
    public Response webApplication(
            WebApplicationException e,
            UriInfo uri,
            Request request,
            HttpServerRequest httpRequest,
            ResourceInfo resource) {
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return unreadableJson(jpe, uri, httpRequest);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // A parameter that did not convert: a query parameter is the client's mistake (400);
            // a path parameter means there is nothing at that address (404, below).
            ProblemException unconvertible = QueryParameters.unconvertible(resource, uri);
            if (unconvertible != null) {
                return problem(unconvertible, uri);
            }
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        if (type == null || status >= 500) {
            return unexpected(e, uri, httpRequest);
        }
        String path = path(uri);
        String detail =
                switch (type) {
                    case NOT_FOUND -> "No resource at " + path;
                    case METHOD_NOT_ALLOWED -> request.getMethod() + " is not supported on " + path;
                    default -> type.detail();
                };
        Response.ResponseBuilder response = json.response(Problem.of(type, detail, path));
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpServerRequest request) {
        if (request.response().headWritten()) {
            // The status and part of the body are on their way: appending a problem would make a
            // truncated page look complete. Cut the response off so the client sees it failed.
            String reference = UUID.randomUUID().toString();
            // Without the stack trace or the whole message: a path through a stored value can be long.
            String message = String.valueOf(e.getMessage());
            LOG.errorf(
                    "Failure while writing the response to %s; cut off (reference %s): %s: %s",
                    path(uri),
                    reference,
                    e.getClass().getName(),
                    message.length() > 300 ? message.substring(0, 300) + "..." : message);
            request.response().reset();
            return Response.status(500).build();
        }
        if (clientWentAway(e)) {
            // The client closed the connection while its body was being read: nobody gets the answer,
            // and it is no failure of the service (an aborted upload), so it is not logged as one.
            LOG.debugf("The client of %s closed the connection before its body was read", path(uri));
            return json.response(Problem.of(
                            ProblemType.MALFORMED_REQUEST,
                            "The connection was closed before the request body was read",
                            path(uri)))
                    .build();
        }
        String sqlState = sqlStateOf(e);
        if (UNIQUE_VIOLATION.equals(sqlState)) {
            return json.response(Problem.of(ProblemType.CONFLICT, path(uri))).build();
        }
        if (SERIALIZATION_FAILURE.equals(sqlState) || DEADLOCK_DETECTED.equals(sqlState)) {
            return json.response(
                            Problem.of(ProblemType.CONFLICT, "A concurrent change won; retry the request", path(uri)))
                    .build();
        }
        if (CHARACTER_NOT_IN_REPERTOIRE.equals(sqlState) || UNTRANSLATABLE_CHARACTER.equals(sqlState)) {
            return json.response(Problem.of(
                            ProblemType.MALFORMED_REQUEST,
                            "A text value " + StrictJson.NOT_STORABLE + "; nothing was written",
                            path(uri)))
                    .build();
        }
        if (databaseUnavailable(sqlState)) {
            LOG.warnf("503 for %s: the database cannot be reached (SQLSTATE %s)", path(uri), sqlState);
            return json.response(Problem.of(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "The service's database cannot be reached; try again shortly",
                            path(uri)))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_DATABASE_SECONDS)
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure on %s (reference %s)", path(uri), reference);
        return json.response(Problem.of(
                        ProblemType.INTERNAL_ERROR,
                        "An unexpected error occurred; quote reference " + reference + " when reporting it",
                        path(uri)))
                .build();
    }

    /** Whether reading the request body failed because the client closed its connection. */
    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** Whether Jackson failed while writing a value (a response), rather than reading a request. */
    static boolean whileWriting(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String name = frame.getClassName();
                if (name.startsWith("com.fasterxml.jackson.databind.ser.")
                        || name.endsWith("JsonGenerator")
                        || name.endsWith("StreamWriteConstraints")) {
                    return true;
                }
                if (name.startsWith("com.fasterxml.jackson.databind.deser.") || name.endsWith("JsonParser")) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Whether a SQLSTATE says the database is out of reach rather than the request wrong. */
    static boolean databaseUnavailable(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) || DATABASE_UNAVAILABLE.contains(sqlState));
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    /** The SQLSTATE of the first SQL exception in the cause chain, or null. */
    static String sqlStateOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** The request field a violation is about: the bean path, or the parameter name for a query/path value. */
    public static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    if (node.isInIterable()) {
                        field.append('[')
                                .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                                .append(']');
                    }
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(name);
                    }
                }
                default -> {}
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "body";
    }

    /** The problem for a body (or bulk record) that does not bind: field errors where the path is known. */
    public static Problem jsonProblem(JsonProcessingException e, String instance) {
        StreamConstraintsException limit = streamLimit(e);
        if (limit != null) {
            return Problem.validation(List.of(new Problem.FieldError(limitedField(e, limit), limit(limit))), instance);
        }
        if (e instanceof JsonParseException parse) {
            String location = parse.getLocation() == null
                    ? ""
                    : " at line " + parse.getLocation().getLineNr() + ", column "
                            + parse.getLocation().getColumnNr();
            return Problem.of(
                    ProblemType.MALFORMED_REQUEST,
                    "The request body is not valid JSON" + location + ": " + parse.getOriginalMessage(),
                    instance);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            return Problem.validation(List.of(new Problem.FieldError(field, expectation(mapping))), instance);
        }
        return Problem.of(
                ProblemType.MALFORMED_REQUEST, "The request body does not have the expected JSON structure", instance);
    }

    /** The parser's limit that stopped reading ({@link StrictJson}'s bounds), if one did. */
    private static StreamConstraintsException streamLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    /**
     * The field the parser was reading when it stopped: the parser's own path when the exception
     * carries the parser, else the binding path (a bulk record read as a tree is named by its index).
     */
    private static String limitedField(JsonProcessingException e, StreamConstraintsException limit) {
        List<String> names = new java.util.ArrayList<>();
        if (limit.getProcessor() instanceof JsonParser parser) {
            for (JsonStreamContext context = parser.getParsingContext();
                    context != null && !context.inRoot();
                    context = context.getParent()) {
                names.add(
                        0,
                        context.inArray()
                                ? "[" + Math.max(0, context.getCurrentIndex()) + "]"
                                : "." + context.getCurrentName());
            }
        }
        if (names.isEmpty() && e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                names.add(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
        }
        StringBuilder field = new StringBuilder();
        for (String name : names) {
            // A client's own key is named only while it is short and printable.
            if (name.length() > 101 || !name.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                break;
            }
            field.append(name);
        }
        String shown = field.toString().replaceFirst("^\\.", "");
        return shown.isEmpty() ? "body" : shown;
    }

    private static String limit(StreamConstraintsException limit) {
        String message = String.valueOf(limit.getOriginalMessage());
        if (message.startsWith("String value length")) {
            return "must be at most " + StrictJson.MAX_TEXT + " characters (no text in a request may be longer)";
        }
        if (message.startsWith("Name length")) {
            return "has a key longer than " + StrictJson.MAX_NAME + " characters";
        }
        if (message.startsWith("Number value length")) {
            return "must be a number of at most " + StrictJson.MAX_NUMBER + " characters";
        }
        return "exceeds what a request may hold";
    }

    private static String expectation(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (StrictJson.NOT_STORABLE.equals(e.getOriginalMessage())) {
            return StrictJson.NOT_STORABLE;
        }
        Class<?> target = e instanceof InvalidFormatException f
                ? f.getTargetType()
                : e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) {
            return "has an invalid value";
        }
        if (target.isEnum()) {
            return "must be one of: "
                    + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == UUID.class) {
            return "must be a UUID";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an RFC 3339 date or date-time";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }
}
