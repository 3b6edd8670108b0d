package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an integrator syncs with: list filters (stage, updatedSince, q) and erasure. */
@QuarkusTest
class LeadSyncTest {

    static String upsert(String externalId, String email, String company) {
        return as("integration")
                .body(Map.of("email", email, "company", company))
                .put("/api/leads/external/IMPORT/" + externalId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static List<String> ids(Map<String, Object> query) {
        return as("revops")
                .queryParams(query)
                .queryParam("limit", 500)
                .get("/api/leads")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
    }

    @Test
    void updatedSinceKeepsOnlyLeadsChangedFromThen() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String before = upsert("s-" + tag + "-1", "a@" + tag + ".example", "Sync " + tag);
        Thread.sleep(5); // two distinct microsecond timestamps on either side of the mark
        Instant mark = Instant.now();
        Thread.sleep(5);
        String after = upsert("s-" + tag + "-2", "b@" + tag + ".example", "Sync " + tag);
        List<String> changed = ids(Map.of("updatedSince", mark.toString(), "q", "sync " + tag));
        assertEquals(List.of(after), changed);
        as("integration")
                .body(Map.of("email", "a2@" + tag + ".example", "company", "Sync " + tag))
                .put("/api/leads/external/IMPORT/s-" + tag + "-1")
                .then()
                .statusCode(200);
        assertEquals(List.of(before, after), ids(Map.of("updatedSince", mark.toString(), "q", "sync " + tag)));
    }

    @Test
    void qMatchesTheStartOfEmailOrCompanyInAnyCaseAndWildcardsLiterally() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String byEmail = upsert("q-" + tag + "-1", "zq" + tag + "@x.example", "Acme");
        String byCompany = upsert("q-" + tag + "-2", "other@x.example", "ZQ" + tag + " GmbH");
        assertEquals(List.of(byEmail, byCompany), ids(Map.of("q", "zQ" + tag)));
        assertEquals(List.of(), ids(Map.of("q", "z_" + tag.substring(1))));
        assertEquals(List.of(), ids(Map.of("q", "%" + tag)));
    }

    @Test
    void stageFilters() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String lead = upsert("st-" + tag, "st@" + tag + ".example", "Stage " + tag);
        assertEquals(List.of(lead), ids(Map.of("stage", "LEAD", "q", "stage " + tag)));
        assertEquals(List.of(), ids(Map.of("stage", "MQL", "q", "stage " + tag)));
        as("revops")
                .queryParam("stage", "HOT")
                .get("/api/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("stage"));
        as("revops")
                .queryParam("updatedSince", "yesterday")
                .get("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void erasureRemovesPersonalDataKeepsTheRowAndRefusesLaterUpdates() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "erase-me@" + tag + ".example";
        String id = as("integration")
                .body(Map.of(
                        "email",
                        email,
                        "firstName",
                        "Eve",
                        "company",
                        "Erase " + tag,
                        "attributes",
                        Map.of("phone", "+49 30 1234")))
                .put("/api/leads/external/IMPORT/e-" + tag)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(List.of(id), ids(Map.of("email", email)));

        as("marketing").delete("/api/leads/" + id).then().statusCode(403);
        as("revops").delete("/api/leads/" + id).then().statusCode(204);
        as("admin").delete("/api/leads/" + id).then().statusCode(204);

        as("revops")
                .get("/api/leads/" + id)
                .then()
                .statusCode(200)
                .body("email", not(containsString("erase-me")))
                .body("email", containsString("erased.invalid"))
                .body("firstName", nullValue())
                .body("attributes.size()", equalTo(0))
                .body("company", equalTo("Erase " + tag))
                .body("lifecycleStage", equalTo("LEAD"))
                .body("erasedAt", notNullValue());
        assertEquals(List.of(), ids(Map.of("email", email)));

        as("integration")
                .body(Map.of("email", email, "company", "Erase " + tag))
                .put("/api/leads/external/IMPORT/e-" + tag)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as("revops")
                .header("If-Match", "*")
                .body(Map.of("email", email))
                .put("/api/leads/" + id)
                .then()
                .statusCode(409);
        as("integration")
                .body(Map.of("records", List.of(Map.of("email", email, "source", "IMPORT", "externalId", "e-" + tag))))
                .post("/api/leads/bulk")
                .then()
                .statusCode(200)
                .body("results[0].status", equalTo("FAILED"))
                .body("results[0].errors.field", hasItem("externalId"));
        as("revops")
                .delete("/api/leads/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e")
                .then()
                .statusCode(404);
    }
}
