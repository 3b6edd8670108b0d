package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.Pages;
import io.revalign.common.testing.ResourceChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadResourceTest {

    static Map<String, Object> lead(String externalId) {
        return Map.of(
                "email",
                "dana.reyes+" + externalId + "@northwind.example",
                "company",
                "Northwind Traders",
                "companySize",
                850,
                "country",
                "DE",
                "source",
                "SALESFORCE",
                "externalId",
                externalId,
                "bant",
                Map.of("budget", "PLANNED", "authority", "DECISION_MAKER"),
                "attributes",
                Map.of("utmCampaign", "q3-ai-webinar", "score", 12));
    }

    static String unique() {
        return "00Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void createdLeadIsReadBackFromItsLocation() {
        String externalId = unique();
        var created = as("marketing")
                .body(lead(externalId))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", notNullValue())
                .body("lifecycleStage", equalTo("LEAD"))
                .body("bant.budget", equalTo("PLANNED"))
                .body("bant.need", equalTo("UNKNOWN"))
                .body("attributes.score", equalTo(12))
                .body("createdAt", notNullValue())
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/leads/" + id));

        as("sales")
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("email", equalTo("dana.reyes+" + externalId + "@northwind.example"))
                .body("externalId", equalTo(externalId))
                .body("companySize", equalTo(850));
    }

    @Test
    void locationFollowsForwardedHeadersOfTheGateway() {
        ResourceChecks.assertLocationFollowsForwardedHeaders("marketing", "/api/leads", lead(unique()));
    }

    @Test
    void secondLeadWithTheSameExternalReferenceIsAConflict() {
        String externalId = unique();
        as("integration").body(lead(externalId)).post("/api/leads").then().statusCode(201);

        as("integration")
                .body(lead(externalId))
                .post("/api/leads")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:conflict"));

        as("integration")
                .queryParam("source", "SALESFORCE")
                .queryParam("externalId", externalId)
                .get("/api/leads")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void sameExternalIdFromAnotherSourceIsAnotherLead() {
        String externalId = unique();
        as("integration").body(lead(externalId)).post("/api/leads").then().statusCode(201);
        Map<String, Object> fromHubspot = new java.util.HashMap<>(lead(externalId));
        fromHubspot.put("source", "HUBSPOT");
        as("integration").body(fromHubspot).post("/api/leads").then().statusCode(201);
    }

    @Test
    void listIsPaginatedWithoutGapsOrDuplicates() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(as("marketing")
                    .body(lead(unique()))
                    .post("/api/leads")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        Pages.assertWalksEveryItemOnce(() -> as("revops"), "/api/leads", 2, mine);
    }

    @Test
    void lastPageHasNoNextCursor() {
        String externalId = unique();
        as("marketing").body(lead(externalId)).post("/api/leads").then().statusCode(201);
        as("marketing")
                .queryParam("externalId", externalId)
                .get("/api/leads")
                .then()
                .statusCode(200)
                .body("items.externalId", hasItem(externalId))
                .body("$", hasKey("next"))
                .body("next", nullValue());
    }

    @Test
    void listRejectsBadLimitAndForeignCursor() {
        as("marketing")
                .queryParam("limit", 501)
                .get("/api/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("marketing")
                .queryParam("limit", 0)
                .get("/api/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("marketing")
                .queryParam("after", "not-a-cursor")
                .get("/api/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
        // A real cursor, but of the unfiltered list: it would skip or repeat items in a filtered one.
        as("marketing").body(lead(unique())).post("/api/leads").then().statusCode(201);
        as("marketing").body(lead(unique())).post("/api/leads").then().statusCode(201);
        String unfiltered = Pages.nextCursor(() -> as("marketing"), "/api/leads");
        as("marketing")
                .queryParam("after", unfiltered)
                .queryParam("source", "HUBSPOT")
                .get("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("after"));
        as("marketing").queryParam("after", unfiltered).get("/api/leads").then().statusCode(200);
    }

    @Test
    void newLeadCannotSkipQualification() {
        Map<String, Object> customer = new java.util.HashMap<>(lead(unique()));
        customer.put("lifecycleStage", "CUSTOMER");
        as("marketing")
                .body(customer)
                .post("/api/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("lifecycleStage"));
    }
}
