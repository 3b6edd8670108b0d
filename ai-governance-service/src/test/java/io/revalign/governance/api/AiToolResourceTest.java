package io.revalign.governance.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.Pages;
import io.revalign.common.testing.ResourceChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AiToolResourceTest {

    static Map<String, Object> tool(String vendor, String name, String category) {
        Map<String, Object> tool = new HashMap<>();
        tool.put("name", name);
        tool.put("vendor", vendor);
        tool.put("category", category);
        tool.put("description", "Records and transcribes sales calls and flags deal risks.");
        tool.put("useCases", List.of("Call transcription", "Deal risk alerts"));
        tool.put("dataCategories", List.of("CONFIDENTIAL_BUSINESS_DATA", "CUSTOMER_PERSONAL_DATA"));
        tool.put("ownerRole", "sales-leader");
        tool.put("skillKeys", List.of("call-coaching", "ai-literacy"));
        return tool;
    }

    static Map<String, Object> tool(String suffix) {
        return tool("Vendor " + suffix, "Tool " + suffix, "CONVERSATION_INTELLIGENCE");
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void registeredToolIsProposedAndReadBackFromItsLocation() {
        String suffix = unique();
        var created = as("sales-leader")
                .body(tool(suffix))
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", notNullValue())
                .body("status", equalTo("PROPOSED"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/ai-tools/" + id));

        as("legal")
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("Tool " + suffix))
                .body("vendor", equalTo("Vendor " + suffix))
                .body("category", equalTo("CONVERSATION_INTELLIGENCE"))
                .body("description", equalTo("Records and transcribes sales calls and flags deal risks."))
                .body("useCases", contains("Call transcription", "Deal risk alerts"))
                .body("dataCategories", containsInAnyOrder("CUSTOMER_PERSONAL_DATA", "CONFIDENTIAL_BUSINESS_DATA"))
                .body("ownerRole", equalTo("sales-leader"))
                .body("skillKeys", contains("call-coaching", "ai-literacy"))
                .body("status", equalTo("PROPOSED"))
                .body("createdAt", equalTo(created.path("createdAt")));
    }

    @Test
    void optionalFieldsMayBeOmitted() {
        String suffix = unique();
        Map<String, Object> minimal =
                Map.of("name", "Tool " + suffix, "vendor", "Vendor " + suffix, "category", "OTHER", "ownerRole", "it");
        as("it").body(minimal)
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .body("description", nullValue())
                .body("useCases", empty())
                .body("dataCategories", empty())
                .body("skillKeys", empty())
                .body("status", equalTo("PROPOSED"));
    }

    @Test
    void requestCannotSetTheStatus() {
        Map<String, Object> approved = tool(unique());
        approved.put("status", "APPROVED");
        as("admin")
                .body(approved)
                .post("/api/ai-tools")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("is not a field of this request"));
    }

    @Test
    void locationFollowsForwardedHeadersOfTheGateway() {
        ResourceChecks.assertLocationFollowsForwardedHeaders("revops", "/api/ai-tools", tool(unique()));
    }

    @Test
    void sameVendorAndNameInAnotherCaseIsAConflict() {
        String suffix = unique();
        String id = as("revops")
                .body(tool("Gong.io " + suffix, "Gong " + suffix, "CONVERSATION_INTELLIGENCE"))
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        as("security")
                .body(tool("  GONG.IO " + suffix.toUpperCase(), "gong " + suffix + " ", "FORECASTING"))
                .post("/api/ai-tools")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:conflict"))
                .body("detail", containsString(id))
                .body("instance", equalTo("/api/ai-tools"));

        as("revops")
                .queryParam("vendor", "gong.io " + suffix)
                .get("/api/ai-tools")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void sameNameFromAnotherVendorIsAnotherTool() {
        String suffix = unique();
        as("revops")
                .body(tool("Microsoft " + suffix, "Copilot " + suffix, "ASSISTANT"))
                .post("/api/ai-tools")
                .then()
                .statusCode(201);
        as("revops")
                .body(tool("GitHub " + suffix, "Copilot " + suffix, "ASSISTANT"))
                .post("/api/ai-tools")
                .then()
                .statusCode(201);
    }

    @Test
    void listIsPaginatedWithoutGapsOrDuplicates() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(as("enablement")
                    .body(tool(unique()))
                    .post("/api/ai-tools")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        Pages.assertWalksEveryItemOnce(() -> as("revops"), "/api/ai-tools", 2, mine);
    }

    @Test
    void listFiltersByVendorCategoryAndStatus() {
        String vendor = "Acme AI " + unique();
        String forecasting = as("revops")
                .body(tool(vendor, "Forecaster", "FORECASTING"))
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String scoring = as("revops")
                .body(tool(vendor, "Scorer", "LEAD_SCORING"))
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        as("sales")
                .queryParam("vendor", vendor.toLowerCase())
                .get("/api/ai-tools")
                .then()
                .statusCode(200)
                .body("items.id", contains(forecasting, scoring))
                .body("$", hasKey("next"))
                .body("next", nullValue());
        as("sales")
                .queryParam("vendor", vendor)
                .queryParam("category", "LEAD_SCORING")
                .get("/api/ai-tools")
                .then()
                .statusCode(200)
                .body("items.id", contains(scoring));
        as("sales")
                .queryParam("vendor", vendor)
                .queryParam("status", "PROPOSED")
                .get("/api/ai-tools")
                .then()
                .statusCode(200)
                .body("items.id", contains(forecasting, scoring));
        as("sales")
                .queryParam("vendor", vendor)
                .queryParam("status", "APPROVED")
                .get("/api/ai-tools")
                .then()
                .statusCode(200)
                .body("items", empty());
        as("sales")
                .queryParam("category", "FORECASTING")
                .queryParam("limit", 500)
                .get("/api/ai-tools")
                .then()
                .statusCode(200)
                .body("items.category", everyItem(equalTo("FORECASTING")))
                .body("items.id", not(hasItem(scoring)));
    }

    @Test
    void listRejectsBadLimitAndForeignCursor() {
        as("revops")
                .queryParam("limit", 501)
                .get("/api/ai-tools")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
        as("revops")
                .queryParam("limit", 0)
                .get("/api/ai-tools")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("revops")
                .queryParam("after", "not-a-cursor")
                .get("/api/ai-tools")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("after"));
        // A real cursor, but of the unfiltered list: it would skip or repeat items in a filtered one.
        as("revops").body(tool(unique())).post("/api/ai-tools").then().statusCode(201);
        as("revops").body(tool(unique())).post("/api/ai-tools").then().statusCode(201);
        String unfiltered = Pages.nextCursor(() -> as("revops"), "/api/ai-tools");
        as("revops")
                .queryParam("after", unfiltered)
                .queryParam("status", "PROPOSED")
                .get("/api/ai-tools")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("after"));
        as("revops").queryParam("after", unfiltered).get("/api/ai-tools").then().statusCode(200);
        as("revops")
                .queryParam("status", "SHELVED")
                .get("/api/ai-tools")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("APPROVED"));
    }

    @Test
    void unknownIdIsNotFound() {
        ResourceChecks.assertUnknownIdIsNotFound("sales", "/api/ai-tools", "AI tool");
    }

    @Test
    void retryWithTheSameIdempotencyKeyCreatesOnce() {
        Map<String, Object> body = tool(unique());
        Map<String, Object> another = new HashMap<>(body);
        another.put("description", "changed");
        ResourceChecks.assertRetriedCreateCreatesOnce("revops", "/api/ai-tools", body, another);
    }
}
