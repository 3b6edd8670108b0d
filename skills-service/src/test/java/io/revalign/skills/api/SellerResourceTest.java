package io.revalign.skills.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.Pages;
import io.revalign.common.testing.ResourceChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SellerResourceTest {

    @Test
    void upsertByExternalIdCreatesUpdatesAndLeavesIdenticalBodiesAlone() {
        String externalId = Fixtures.unique("HR");
        Map<String, Object> body = Fixtures.seller(externalId, "AE", "emea", "HR-BOSS");
        body.remove("externalId");
        String id = as("integration")
                .body(body)
                .put("/api/sellers/external/" + externalId)
                .then()
                .statusCode(201)
                .header("Upsert-Status", "CREATED")
                .extract()
                .path("id");
        as("integration")
                .body(body)
                .put("/api/sellers/external/" + externalId)
                .then()
                .statusCode(200)
                .header("Upsert-Status", "UNCHANGED")
                .header("ETag", "\"0\"")
                .body("id", equalTo(id));
        body.put("team", "dach");
        body.put("active", false);
        as("integration")
                .body(body)
                .put("/api/sellers/external/" + externalId)
                .then()
                .statusCode(200)
                .header("Upsert-Status", "UPDATED")
                .header("ETag", "\"1\"");
        as("enablement")
                .get("/api/sellers/" + id)
                .then()
                .statusCode(200)
                .body("externalId", equalTo(externalId))
                .body("team", equalTo("dach"))
                .body("active", equalTo(false))
                .body("managerExternalId", equalTo("HR-BOSS"));
    }

    @Test
    void badInputIsA400AndWritesNothing() {
        String externalId = Fixtures.unique("HR");
        Map<String, Object> body = Fixtures.seller(externalId, "WIZARD", "t".repeat(101), null);
        body.remove("externalId");
        body.put("email", "not-an-email");
        as("integration")
                .body(body)
                .put("/api/sellers/external/" + externalId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("role"));
        Map<String, Object> self = Fixtures.seller(externalId, "AE", "emea", externalId);
        self.remove("externalId");
        as("integration")
                .body(self)
                .put("/api/sellers/external/" + externalId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("managerExternalId"));
        as("integration")
                .body(Map.of("name", "x".repeat(201), "email", "a@b.c", "role", "AE", "team", "t"))
                .put("/api/sellers/external/" + externalId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as("enablement")
                .queryParam("team", "emea")
                .queryParam("limit", 500)
                .get("/api/sellers")
                .then()
                .statusCode(200)
                .body("items.externalId", org.hamcrest.Matchers.not(hasItem(externalId)));
        as("seller")
                .body(self)
                .put("/api/sellers/external/" + externalId)
                .then()
                .statusCode(403);
    }

    @Test
    void bulkAccountsForEveryRecordAndWritesTheValidOnes() {
        String a = Fixtures.unique("HR");
        String b = Fixtures.unique("HR");
        String team = Fixtures.unique("team");
        Map<String, Object> second = Fixtures.seller(a, "SE", team, null);
        List<Object> records = List.of(
                Fixtures.seller(a, "AE", team, null),
                Map.of("externalId", b, "name", "B", "email", "nope", "role", "AE", "team", team),
                "not an object",
                second,
                Fixtures.seller(b, "SDR", team, a));
        String key = UUID.randomUUID().toString();
        as("integration")
                .header("Idempotency-Key", key)
                .body(Map.of("records", records))
                .post("/api/sellers/bulk")
                .then()
                .statusCode(200)
                .body("results.status", equalTo(List.of("CREATED", "FAILED", "FAILED", "UPDATED", "CREATED")))
                .body("results[1].errors[0].field", equalTo("email"))
                .body("summary.created", equalTo(2))
                .body("summary.updated", equalTo(1))
                .body("summary.failed", equalTo(2));
        as("integration")
                .header("Idempotency-Key", key)
                .body(Map.of("records", records))
                .post("/api/sellers/bulk")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true");
        as("enablement")
                .queryParam("team", team)
                .get("/api/sellers")
                .then()
                .statusCode(200)
                .body("items.externalId", org.hamcrest.Matchers.containsInAnyOrder(a, b))
                .body("items.find { it.externalId == '" + a + "' }.role", equalTo("SE"))
                .body("items.find { it.externalId == '" + b + "' }.managerExternalId", equalTo(a));
        as("integration")
                .body(Map.of("records", List.of(Fixtures.seller(a, "SE", team, null))))
                .post("/api/sellers/bulk")
                .then()
                .statusCode(200)
                .body("results[0].status", equalTo("UNCHANGED"));
    }

    @Test
    void bulkOverAThousandRecordsIs413AndWritesNothing() {
        String team = Fixtures.unique("team");
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            records.add(Fixtures.seller(Fixtures.unique("HR"), "AE", team, null));
        }
        as("integration")
                .body(Map.of("records", records))
                .post("/api/sellers/bulk")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        as("enablement").queryParam("team", team).get("/api/sellers").then().body("items.size()", equalTo(0));
    }

    @Test
    void listIsPaginatedAndFiltered() {
        String team = Fixtures.unique("team");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(Fixtures.putSeller(Fixtures.unique("HR"), i % 2 == 0 ? "AE" : "SDR", team, "M-1"));
        }
        Pages.assertWalksEveryItemOnce(() -> as("revops").queryParam("team", team), "/api/sellers", 2, mine);
        as("revops")
                .queryParam("team", team)
                .queryParam("role", "SDR")
                .get("/api/sellers")
                .then()
                .body("items.id", equalTo(List.of(mine.get(1), mine.get(3))));
        as("revops")
                .queryParam("role", "CEO")
                .get("/api/sellers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"));
        as("seller").get("/api/sellers").then().statusCode(403);
        as("revops").get("/api/sellers/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aBulkBodyWithoutRecordsIs400NamingRecords() {
        ResourceChecks.assertBulkBodiesNeedRecords("/api/sellers/bulk", "/api/assessments/bulk");
    }
}
