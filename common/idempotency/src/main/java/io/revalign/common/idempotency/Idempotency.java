package io.revalign.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.revalign.common.problem.ProblemExamples;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a creating POST safe to retry with an {@code Idempotency-Key}: the first request claims the
 * key and its response is stored in the same transaction as what it created; a replay with the same
 * body gets that response again, the same key with another body a 422, and a replay while the first
 * is still running a 409. Keys are scoped by the caller's identity; an abandoned claim (the process
 * died mid-request) can be taken over after {@link IdempotencyConfig#abandonedAfter()}, and every key
 * is forgotten {@link IdempotencyConfig#retention()} after it was first used.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = ProblemExamples.IDEMPOTENCY_KEY_HEADER;
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** What a creating call produced: where the new resource is and its representation. */
    public record Created(URI location, Object body) {}

    /** What a POST answered: its status, Location (or null) and JSON body. */
    public record Outcome(int status, URI location, Object body) {

        Response toResponse() {
            Response.ResponseBuilder response =
                    Response.status(status).entity(body).type(MediaType.APPLICATION_JSON);
            if (location != null) {
                response.location(location);
            }
            return response.build();
        }
    }

    private final IdempotencyKeys keys;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    public Idempotency(
            DataSource dataSource,
            ObjectMapper mapper,
            SecurityIdentity identity,
            CurrentVertxRequest request,
            IdempotencyConfig config,
            @ConfigProperty(name = "quarkus.flyway.default-schema") String schema) {
        this.keys = new IdempotencyKeys(
                dataSource, schema + ".idempotency_key", config.retention(), config.abandonedAfter());
        this.mapper = mapper;
        this.identity = identity;
        this.request = request;
    }

    /** Runs {@code create} once per key (or every time without a key) and answers 201 with its result. */
    public Response create(String key, UriInfo uri, Object request, Supplier<Created> create) {
        return post(key, uri, request, () -> {
            Created created = create.get();
            return new Outcome(201, created.location(), created.body());
        });
    }

    /**
     * Runs {@code action} once per key (or every time without a key) and answers with its outcome:
     * for POSTs that do not answer 201, such as a bulk request's 200 with per-record results.
     */
    public Response post(String key, UriInfo uri, Object request, Supplier<Outcome> action) {
        if (key == null && this.request.getCurrent().request().headers().contains(HEADER)) {
            key = ""; // sent but empty: JAX-RS hands it over as null, yet it is a client's mistake, not "no key"
        }
        if (key == null) {
            return action.get().toResponse();
        }
        IdempotencyKeys.check(key);
        String endpoint = "POST " + uri.getPath();
        String principal = identity.getPrincipal().getName();
        String hash = hash(request);
        if (keys.claim(principal, key, endpoint, hash)) {
            try {
                return complete(principal, key, action);
            } catch (RuntimeException e) {
                keys.release(principal, key);
                throw e;
            }
        }
        return replay(principal, key, endpoint, hash);
    }

    /** Runs the action and stores its response in one transaction: both happen, or neither. */
    private Response complete(String principal, String key, Supplier<Outcome> action) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Outcome outcome = action.get();
            String body = json(outcome.body());
            keys.complete(
                    principal,
                    key,
                    outcome.status(),
                    outcome.location() == null ? null : outcome.location().toString(),
                    body);
            return new Outcome(outcome.status(), outcome.location(), body).toResponse();
        });
    }

    /** Forgets old keys; replicas may run it at the same time, a row is deleted once either way. */
    @Scheduled(
            every = "1h",
            delay = 1,
            delayUnit = TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void forgetOldKeys() {
        keys.forgetOld();
    }

    private Response replay(String principal, String key, String endpoint, String hash) {
        IdempotencyKeys.Stored stored = keys.find(principal, key)
                // released between our claim and this read: the first attempt failed
                .orElseThrow(() -> new ProblemException(
                        ProblemType.CONFLICT, "The first request with this Idempotency-Key just failed; send it again"))
                .replayFor(endpoint, hash);
        URI location = stored.location() == null ? null : URI.create(stored.location());
        return Response.fromResponse(new Outcome(stored.status(), location, stored.body()).toResponse())
                .header(REPLAYED_HEADER, "true")
                .build();
    }

    private String hash(Object request) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(json(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
