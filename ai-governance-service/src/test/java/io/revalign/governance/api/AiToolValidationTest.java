package io.revalign.governance.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invalid tools are refused with a problem that names each invalid field. */
@QuarkusTest
class AiToolValidationTest {

    private static Map<String, Object> tool() {
        return AiToolResourceTest.tool(AiToolResourceTest.unique());
    }

    @Test
    void missingRequiredFieldsAreListed() {
        as("revops")
                .body(Map.of())
                .post("/api/ai-tools")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:validation-failed"))
                .body("detail", equalTo("4 fields are invalid"))
                .body("instance", equalTo("/api/ai-tools"))
                .body("errors.field", hasItems("name", "vendor", "category", "ownerRole"));
    }

    @Test
    void invalidFieldsAreListedOneByOne() {
        Map<String, Object> bad = tool();
        bad.remove("name");
        bad.put("ownerRole", "cfo");
        bad.put("skillKeys", List.of("call-coaching", "Call Coaching", "-leading-dash"));
        bad.put("useCases", List.of("Call transcription", "  "));
        bad.put("description", "x".repeat(4001));
        as("revops")
                .body(bad)
                .post("/api/ai-tools")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("6 fields are invalid"))
                .body(
                        "errors.field",
                        hasItems("name", "ownerRole", "skillKeys[1]", "skillKeys[2]", "useCases[1]", "description"))
                .body("errors.find { it.field == 'ownerRole' }.message", containsString("sales-leader"));
    }

    @Test
    void unknownCategoryNamesTheFieldAndTheChoices() {
        Map<String, Object> bad = tool();
        bad.put("category", "MIND_READING");
        as("revops")
                .body(bad)
                .post("/api/ai-tools")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", containsString("LEAD_SCORING"))
                .body(not(containsString("io.revalign")));
    }

    @Test
    void unknownDataCategoryNamesTheField() {
        Map<String, Object> bad = tool();
        bad.put("dataCategories", List.of("PUBLIC_DATA", "GOSSIP"));
        as("revops")
                .body(bad)
                .post("/api/ai-tools")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("dataCategories"))
                .body("errors[0].message", containsString("FINANCIAL_DATA"));
    }

    @Test
    void tooLongNamesAndTooManyItemsAreRefused() {
        Map<String, Object> bad = tool();
        bad.put("name", "n".repeat(201));
        bad.put("vendor", "v".repeat(201));
        bad.put("useCases", Collections.nCopies(51, "Call transcription"));
        bad.put("skillKeys", Collections.nCopies(51, "call-coaching"));
        as("revops")
                .body(bad)
                .post("/api/ai-tools")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("name", "vendor", "useCases", "skillKeys"));
        Map<String, Object> longUseCase = tool();
        longUseCase.put("useCases", List.of("u".repeat(201)));
        as("revops")
                .body(longUseCase)
                .post("/api/ai-tools")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("useCases[0]"));
    }

    @Test
    void nullItemsAreRefused() {
        Map<String, Object> bad = tool();
        List<String> keys = new ArrayList<>();
        keys.add(null);
        bad.put("skillKeys", keys);
        as("revops")
                .body(bad)
                .post("/api/ai-tools")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("skillKeys[0]"));
    }

    @Test
    void everyRoleCanOwnATool() {
        for (String role : List.of(
                "marketing",
                "marketing-leader",
                "sales",
                "sales-leader",
                "seller",
                "enablement",
                "revops",
                "it",
                "security",
                "legal",
                "integration",
                "admin")) {
            Map<String, Object> owned = tool();
            owned.put("ownerRole", role);
            as("admin").body(owned).post("/api/ai-tools").then().statusCode(201).body("ownerRole", equalTo(role));
        }
    }

    @Test
    void missingBodyIsAValidationError() {
        as("revops")
                .post("/api/ai-tools")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }
}
