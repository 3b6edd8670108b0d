package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PUT and PATCH on a lead: ETags, If-Match (428/412), fields that cannot be written, no-op writes. */
@QuarkusTest
class LeadUpdateTest {

    static Response created() {
        return as("marketing")
                .body(LeadResourceTest.lead(LeadResourceTest.unique()))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .extract()
                .response();
    }

    static Map<String, Object> update(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", "dana.reyes@northwind.example");
        body.put("company", "Northwind Traders");
        body.put("title", title);
        body.put("bant", Map.of("budget", "CONFIRMED"));
        body.put("attributes", Map.of("utmCampaign", "q4"));
        return body;
    }

    @Test
    void getCarriesTheVersionAsAStrongETag() {
        String id = created().path("id");
        as("sales").get("/api/leads/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void putWithoutIfMatchIs428NamingTheCurrentETag() {
        String id = created().path("id");
        as("revops")
                .body(update("CRO"))
                .put("/api/leads/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .header("ETag", "\"0\"")
                .body("detail", containsString("\"0\""));
    }

    @Test
    void putWithAStaleETagIs412AndChangesNothing() {
        String id = created().path("id");
        as("revops")
                .header("If-Match", "\"0\"")
                .body(update("CRO"))
                .put("/api/leads/" + id)
                .then()
                .statusCode(200);
        as("revops")
                .header("If-Match", "\"0\"")
                .body(update("CEO"))
                .put("/api/leads/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", "\"1\"")
                .body("detail", containsString("\"1\""));
        as("revops").get("/api/leads/" + id).then().body("title", equalTo("CRO"));
    }

    @Test
    void putReplacesAndAnIdenticalPutWritesNothing() {
        String id = created().path("id");
        Response first = as("revops")
                .header("If-Match", "\"0\"")
                .body(update("CRO"))
                .put("/api/leads/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("CRO"))
                .body("companySize", nullValue())
                .body("bant.budget", equalTo("CONFIRMED"))
                .body("lifecycleStage", equalTo("LEAD"))
                .extract()
                .response();
        Response again = as("revops")
                .header("If-Match", "\"1\"")
                .body(update("CRO"))
                .put("/api/leads/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .response();
        assertEquals(first.<String>path("updatedAt"), again.<String>path("updatedAt"));
    }

    @Test
    void stageScoreAndIdentityAreRefusedNamingTheField() {
        String id = created().path("id");
        for (String field : new String[] {"lifecycleStage", "score", "externalId"}) {
            Map<String, Object> body = update("CRO");
            body.put(field, "MQL");
            as("revops")
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .put("/api/leads/" + id)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(field));
            as("revops")
                    .header("If-Match", "\"0\"")
                    .contentType("application/merge-patch+json")
                    .body(Map.of(field, "MQL"))
                    .patch("/api/leads/" + id)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo(field));
        }
        as("revops").get("/api/leads/" + id).then().header("ETag", "\"0\"").body("lifecycleStage", equalTo("LEAD"));
    }

    @Test
    void mergePatchChangesOnlyWhatItNamesAndNullRemoves() {
        String id = created().path("id");
        Map<String, Object> patch = new HashMap<>();
        patch.put("title", "CRO");
        patch.put("bant", Map.of("need", "URGENT"));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("utmCampaign", null);
        attributes.put("region", "EMEA");
        patch.put("attributes", attributes);
        as("revops")
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(patch)
                .patch("/api/leads/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("CRO"))
                .body("company", equalTo("Northwind Traders"))
                .body("companySize", equalTo(850))
                .body("bant.budget", equalTo("PLANNED"))
                .body("bant.need", equalTo("URGENT"))
                .body("attributes", not(hasKey("utmCampaign")))
                .body("attributes.region", equalTo("EMEA"))
                .body("attributes.score", equalTo(12));
    }

    @Test
    void patchNeedsIfMatchAndValidatesTheResult() {
        String id = created().path("id");
        as("revops")
                .contentType("application/merge-patch+json")
                .body(Map.of("title", "CRO"))
                .patch("/api/leads/" + id)
                .then()
                .statusCode(428);
        as("revops")
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("email", "not-an-email"))
                .patch("/api/leads/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
        Response after = as("revops").get("/api/leads/" + id);
        assertEquals("\"0\"", after.header("ETag"));
        assertNotEquals("not-an-email", after.path("email"));
    }

    @Test
    void unknownLeadIs404() {
        as("revops")
                .header("If-Match", "\"0\"")
                .body(update("CRO"))
                .put("/api/leads/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e")
                .then()
                .statusCode(404);
    }

    @Test
    void integrationsMayUpdateButSellersMayNot() {
        String id = created().path("id");
        as("seller")
                .header("If-Match", "\"0\"")
                .body(update("CRO"))
                .put("/api/leads/" + id)
                .then()
                .statusCode(403);
        as("integration")
                .header("If-Match", "*")
                .body(update("CRO"))
                .put("/api/leads/" + id)
                .then()
                .statusCode(200);
    }
}
