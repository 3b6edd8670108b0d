package io.revalign.common.testing;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

/**
 * Checks that every service's resources answer alike, each named for what it asserts: an unknown id,
 * a retried create, a create behind the gateway, a bulk body without records.
 */
public final class ResourceChecks {

    private ResourceChecks() {}

    /**
     * Reads {@code collection/{id}} with an id that does not exist: a 404 not-found problem whose
     * detail is "{@code noun} {id} does not exist" and whose instance is the path.
     */
    public static void assertUnknownIdIsNotFound(String role, String collection, String noun) {
        UUID id = UUID.randomUUID();
        as(role).get(collection + "/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:not-found"))
                .body("detail", equalTo(noun + " " + id + " does not exist"))
                .body("instance", equalTo(collection + "/" + id));
    }

    /**
     * Creates with an Idempotency-Key, then sends the same body with the same key (the first answer
     * again, marked Idempotent-Replayed, nothing created twice) and another body with it (a 422
     * problem). Returns the id created.
     */
    public static String assertRetriedCreateCreatesOnce(
            String role, String collection, Map<String, Object> body, Map<String, Object> another) {
        String key = UUID.randomUUID().toString();
        String id = as(role).header("Idempotency-Key", key)
                .body(body)
                .post(collection)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(role).header("Idempotency-Key", key)
                .body(body)
                .post(collection)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        as(role).header("Idempotency-Key", key)
                .body(another)
                .post(collection)
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        return id;
    }

    /** A create through the gateway answers with a Location on the gateway's host and scheme (X-Forwarded-*). */
    public static void assertLocationFollowsForwardedHeaders(String role, String collection, Map<String, Object> body) {
        as(role).header("X-Forwarded-Host", "gateway.example:8080")
                .header("X-Forwarded-Proto", "https")
                .body(body)
                .post(collection)
                .then()
                .statusCode(201)
                .header("Location", startsWith("https://gateway.example:8080" + collection + "/"));
    }

    /** A bulk body without records ({@code {}} or records null) is a 400 problem naming {@code records}, at each path. */
    public static void assertBulkBodiesNeedRecords(String... bulkPaths) {
        for (String path : bulkPaths) {
            for (String json : new String[] {"{}", "{\"records\": null}"}) {
                as("admin")
                        .body(json)
                        .post(path)
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("records"));
            }
        }
    }
}
