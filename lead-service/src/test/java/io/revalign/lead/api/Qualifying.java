package io.revalign.lead.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.revalign.common.testing.DevTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test helpers for qualification: named people, definition bodies gated on a per-test marker, sign-off. */
public final class Qualifying {

    public static final String MIA = "mia@revalign.test"; // marketing leader
    public static final String SAM = "sam@revalign.test"; // sales leader

    private Qualifying() {}

    public static RequestSpecification person(String user, String... roles) {
        return given().contentType(ContentType.JSON).auth().oauth2(DevTokens.forUser(user, roles));
    }

    public static RequestSpecification mia() {
        return person(MIA, "marketing-leader");
    }

    public static RequestSpecification sam() {
        return person(SAM, "sales-leader");
    }

    /**
     * A definition whose gate only leads carrying {@code attributes.run = run} pass, so other tests' leads
     * never become MQL under it: fit 30 for a decision maker, 20 for 500+ employees, 40 per demo request
     * (half-life 10 days, window 30), threshold 60.
     */
    public static Map<String, Object> definition(String run) {
        return Map.of(
                "name", "test " + run,
                "fitRules",
                        List.of(
                                Map.of(
                                        "name",
                                        "Decision maker",
                                        "condition",
                                        Map.of(
                                                "attribute", "authority",
                                                "operator", "EQUALS",
                                                "values", List.of("DECISION_MAKER")),
                                        "points",
                                        30),
                                Map.of(
                                        "name",
                                        "Enterprise",
                                        "condition",
                                        Map.of("attribute", "companySize", "operator", "RANGE", "min", 500),
                                        "points",
                                        20)),
                "engagementRules",
                        List.of(Map.of(
                                "name", "Demo requests",
                                "activityType", "DEMO_REQUEST",
                                "points", 40,
                                "windowDays", 30,
                                "halfLifeDays", 10)),
                "gates",
                        List.of(Map.of(
                                "name",
                                "This run",
                                "condition",
                                Map.of("attribute", "attributes.run", "operator", "EQUALS", "values", List.of(run)))),
                "mqlThreshold", 60);
    }

    public static String create(Map<String, Object> body) {
        return person("mark@revalign.test", "marketing")
                .body(body)
                .post("/api/qualification/definitions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A definition drafted, submitted and signed by both leaders: AGREED. */
    public static String agreed(Map<String, Object> body) {
        String id = create(body);
        mia().body("{}")
                .post("/api/qualification/definitions/" + id + "/submissions")
                .then()
                .statusCode(200);
        mia().body("{}")
                .post("/api/qualification/definitions/" + id + "/approvals")
                .then()
                .statusCode(200);
        sam().body("{}")
                .post("/api/qualification/definitions/" + id + "/approvals")
                .then()
                .statusCode(200);
        return id;
    }

    /** Activates an AGREED definition; returns its re-scoring job's id. */
    public static String activate(String id) {
        return sam().post("/api/qualification/definitions/" + id + "/activation")
                .then()
                .statusCode(202)
                .extract()
                .path("job.id");
    }

    public static String run() {
        return UUID.randomUUID().toString();
    }
}
