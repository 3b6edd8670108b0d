package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static io.revalign.lead.api.Qualifying.MIA;
import static io.revalign.lead.api.Qualifying.SAM;
import static io.revalign.lead.api.Qualifying.create;
import static io.revalign.lead.api.Qualifying.definition;
import static io.revalign.lead.api.Qualifying.mia;
import static io.revalign.lead.api.Qualifying.person;
import static io.revalign.lead.api.Qualifying.run;
import static io.revalign.lead.api.Qualifying.sam;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The co-sign rule through the API: two different leaders on the same revision, edits reset, frozen versions. */
@QuarkusTest
class DefinitionSignOffTest {

    static final String DEFS = "/api/qualification/definitions/";

    @Test
    void bothLeadersOnTheSameRevisionMakeItAgreedAndEveryStepIsRecorded() {
        String id = create(definition(run()));
        mia().body(Map.of("comment", "ready"))
                .post(DEFS + id + "/submissions")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        mia().body(Map.of("comment", "fits our ICP"))
                .post(DEFS + id + "/approvals")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("approvals", hasSize(1));
        // One leader alone is not enough to activate.
        sam().post(DEFS + id + "/activation")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("both leaders"));
        sam().body(Map.of("comment", "agreed"))
                .post(DEFS + id + "/approvals")
                .then()
                .statusCode(200)
                .body("status", equalTo("AGREED"))
                .body("approvals.role", hasItems("marketing-leader", "sales-leader"))
                .body("approvals.approver", hasItems(MIA, SAM));
        as("sales")
                .get(DEFS + id)
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("history.step", equalTo(List.of("CREATED", "SUBMITTED", "APPROVED", "APPROVED")))
                .body("history[3].actor", equalTo(SAM))
                .body("history[3].comment", equalTo("agreed"))
                .body("history[3].toStatus", equalTo("AGREED"));
    }

    @Test
    void onePersonHoldingBothLeaderRolesCannotSignTwice() {
        String id = create(definition(run()));
        mia().body("{}").post(DEFS + id + "/submissions").then().statusCode(200);
        var both = person("pat@revalign.test", "marketing-leader", "sales-leader");
        both.body("{}").post(DEFS + id + "/approvals").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        person("pat@revalign.test", "marketing-leader", "sales-leader")
                .body(Map.of("asRole", "sales-leader"))
                .post(DEFS + id + "/approvals")
                .then()
                .statusCode(409)
                .body("detail", containsString("signs once"));
        as("sales").get(DEFS + id).then().body("status", equalTo("IN_REVIEW")).body("approvals", hasSize(1));
    }

    @Test
    void aSecondApprovalInTheSameRoleIsRefused() {
        String id = create(definition(run()));
        mia().body("{}").post(DEFS + id + "/submissions").then().statusCode(200);
        mia().body("{}").post(DEFS + id + "/approvals").then().statusCode(200);
        person("other@revalign.test", "marketing-leader")
                .body("{}")
                .post(DEFS + id + "/approvals")
                .then()
                .statusCode(409)
                .body("detail", containsString("other leader"));
    }

    @Test
    void anEditAfterOneApprovalReturnsItToDraftAndDropsTheApproval() {
        String run = run();
        String id = create(definition(run));
        mia().body("{}").post(DEFS + id + "/submissions").then().statusCode(200);
        mia().body("{}").post(DEFS + id + "/approvals").then().statusCode(200);
        String etag = as("sales").get(DEFS + id).then().extract().header("ETag");
        Map<String, Object> changed = new HashMap<>(definition(run));
        changed.put("mqlThreshold", 70);
        person("mark@revalign.test", "marketing")
                .header("If-Match", etag)
                .body(changed)
                .put(DEFS + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("revision", equalTo(2))
                .body("mqlThreshold", equalTo(70))
                .body("approvals", hasSize(0));
        // The old approval does not count: after resubmitting, sam's signature alone leaves it IN_REVIEW.
        mia().body("{}").post(DEFS + id + "/submissions").then().statusCode(200);
        sam().body("{}").post(DEFS + id + "/approvals").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        sam().post(DEFS + id + "/activation").then().statusCode(409);
    }

    @Test
    void agreedVersionsAreFrozenAndEditsNeedIfMatch() {
        String run = run();
        String draft = create(definition(run));
        person("mark@revalign.test", "marketing")
                .body(definition(run))
                .put(DEFS + draft)
                .then()
                .statusCode(428);
        person("mark@revalign.test", "marketing")
                .header("If-Match", "\"99\"")
                .body(definition(run))
                .put(DEFS + draft)
                .then()
                .statusCode(412);
        String agreed = Qualifying.agreed(definition(run));
        person("mark@revalign.test", "marketing")
                .header("If-Match", "*")
                .body(definition(run))
                .put(DEFS + agreed)
                .then()
                .statusCode(409)
                .body("detail", containsString("AGREED"));
        mia().body("{}").post(DEFS + agreed + "/submissions").then().statusCode(409);
    }

    @Test
    void rolesDraftersLeadersAndIntegration() {
        String run = run();
        as("integration")
                .body(definition(run))
                .post("/api/qualification/definitions")
                .then()
                .statusCode(403);
        as("sales")
                .body(definition(run))
                .post("/api/qualification/definitions")
                .then()
                .statusCode(403);
        String id = create(definition(run));
        as("marketing").body("{}").post(DEFS + id + "/submissions").then().statusCode(200);
        as("marketing")
                .body("{}")
                .post(DEFS + id + "/approvals")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as("integration").body("{}").post(DEFS + id + "/approvals").then().statusCode(403);
        mia().body(Map.of("asRole", "sales-leader"))
                .post(DEFS + id + "/approvals")
                .then()
                .statusCode(403);
        sam().body(Map.of("comment", "gate on need too"))
                .post(DEFS + id + "/rejections")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("history.step", hasItem("RETURNED"));
    }

    @Test
    void badDefinitionsAre400NamingTheFieldAndWriteNothing() {
        String run = run();
        int before = as("sales")
                .queryParam("limit", 500)
                .get("/api/qualification/definitions")
                .then()
                .extract()
                .path("items.size()");
        Map<String, Object> bad = new HashMap<>(definition(run));
        bad.put(
                "fitRules",
                List.of(Map.of(
                        "name",
                        "Revenue",
                        "condition",
                        Map.of("attribute", "revenue", "operator", "EXISTS"),
                        "points",
                        10)));
        bad.put(
                "engagementRules",
                List.of(Map.of(
                        "name",
                        "Faxes",
                        "activityType",
                        "FAX_SENT",
                        "points",
                        5,
                        "windowDays",
                        30,
                        "halfLifeDays",
                        -1)));
        bad.put("mqlThreshold", 101);
        person("mark@revalign.test", "marketing")
                .body(bad)
                .post("/api/qualification/definitions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                "fitRules[0].condition.attribute",
                                "engagementRules[0].activityType",
                                "engagementRules[0].halfLifeDays",
                                "mqlThreshold"));
        Map<String, Object> empty = new HashMap<>(definition(run));
        empty.put("fitRules", List.of());
        empty.put("engagementRules", List.of());
        person("mark@revalign.test", "marketing")
                .body(empty)
                .post("/api/qualification/definitions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fitRules"));
        Map<String, Object> nulls = new HashMap<>(definition(run));
        nulls.put("gates", java.util.Arrays.asList((Object) null));
        person("mark@revalign.test", "marketing")
                .body(nulls)
                .post("/api/qualification/definitions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("gates[0]"));
        person("mark@revalign.test", "marketing")
                .body("{\"name\": \"x\", \"mqlThreshold\": 50, \"fitRules\": [{\"name\": \"a\", \"points\": 5,"
                        + " \"condition\": {\"attribute\": \"budget\", \"operator\": \"LIKE\"}}]}")
                .post("/api/qualification/definitions")
                .then()
                .statusCode(400);
        as("sales")
                .queryParam("limit", 500)
                .get("/api/qualification/definitions")
                .then()
                .body("items.size()", equalTo(before));
    }
}
