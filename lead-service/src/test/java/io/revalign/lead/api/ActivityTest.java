package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Activities: recorded once per external event, listed newest first in pages, imported in bulk. */
@QuarkusTest
class ActivityTest {

    static String lead(String externalId) {
        return as("integration")
                .body(Map.of("email", "act@contoso.example"))
                .put("/api/leads/external/HUBSPOT/" + externalId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> activity(String type, String at, String eventId) {
        return eventId == null
                ? Map.of("type", type, "occurredAt", at)
                : Map.of("type", type, "occurredAt", at, "externalEventId", eventId);
    }

    @Test
    void theSameExternalEventCountsOnce() {
        String id = lead(LeadResourceTest.unique());
        String first = as("integration")
                .body(activity("DEMO_REQUEST", "2026-11-20T09:30:00Z", "evt-1"))
                .post("/api/leads/" + id + "/activities")
                .then()
                .statusCode(201)
                .body("leadId", equalTo(id))
                .body("type", equalTo("DEMO_REQUEST"))
                .extract()
                .path("id");
        as("integration")
                .body(activity("DEMO_REQUEST", "2026-11-20T09:30:00Z", "evt-1"))
                .post("/api/leads/" + id + "/activities")
                .then()
                .statusCode(200)
                .body("id", equalTo(first));
        as("sales")
                .get("/api/leads/" + id + "/activities")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void listIsNewestFirstByOccurrenceAcrossPages() {
        String id = lead(LeadResourceTest.unique());
        String[] times = {
            "2026-11-20T10:00:00Z",
            "2026-11-18T10:00:00Z",
            "2026-11-22T10:00:00Z",
            "2026-11-19T10:00:00Z",
            "2026-11-21T10:00:00Z"
        };
        for (String at : times) {
            as("integration")
                    .body(activity("PAGE_VIEW", at, null))
                    .post("/api/leads/" + id + "/activities")
                    .then()
                    .statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = as("sales").queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            Response page = request.get("/api/leads/" + id + "/activities")
                    .then()
                    .statusCode(200)
                    .extract()
                    .response();
            seen.addAll(page.jsonPath().getList("items.occurredAt", String.class));
            after = page.path("next");
        } while (after != null);
        assertEquals(
                List.of(
                        "2026-11-22T10:00:00Z",
                        "2026-11-21T10:00:00Z",
                        "2026-11-20T10:00:00Z",
                        "2026-11-19T10:00:00Z",
                        "2026-11-18T10:00:00Z"),
                seen);
    }

    @Test
    void unknownLeadIs404AndBadTypeIs400() {
        as("integration")
                .body(activity("PAGE_VIEW", "2026-11-20T10:00:00Z", null))
                .post("/api/leads/" + UUID.randomUUID() + "/activities")
                .then()
                .statusCode(404);
        String id = lead(LeadResourceTest.unique());
        as("integration")
                .body(activity("FAX_SENT", "2026-11-20T10:00:00Z", null))
                .post("/api/leads/" + id + "/activities")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
        as("sales").get("/api/leads/" + id + "/activities").then().body("items", hasSize(0));
    }

    @Test
    void bulkNamesLeadsByIdOrCrmIdentityAndFailsUnknownOnesAlone() {
        String externalId = LeadResourceTest.unique();
        String id = lead(externalId);
        List<Map<String, Object>> records = List.of(
                Map.of(
                        "source",
                        "HUBSPOT",
                        "externalId",
                        externalId,
                        "type",
                        "EMAIL_CLICK",
                        "occurredAt",
                        "2026-11-20T09:30:00Z",
                        "externalEventId",
                        "hs-1"),
                Map.of("leadId", id, "type", "PRICING_VIEW", "occurredAt", "2026-11-20T09:35:00Z"),
                Map.of(
                        "source",
                        "HUBSPOT",
                        "externalId",
                        "does-not-exist-" + externalId,
                        "type",
                        "PAGE_VIEW",
                        "occurredAt",
                        "2026-11-20T09:40:00Z"),
                Map.of(
                        "leadId",
                        UUID.randomUUID().toString(),
                        "type",
                        "PAGE_VIEW",
                        "occurredAt",
                        "2026-11-20T09:40:00Z"),
                Map.of(
                        "source",
                        "HUBSPOT",
                        "externalId",
                        externalId,
                        "type",
                        "EMAIL_CLICK",
                        "occurredAt",
                        "2026-11-20T09:30:00Z",
                        "externalEventId",
                        "hs-1"),
                Map.of("type", "PAGE_VIEW", "occurredAt", "2026-11-20T09:40:00Z"));
        as("integration")
                .body(Map.of("records", records))
                .post("/api/activities/bulk")
                .then()
                .statusCode(200)
                .body(
                        "results.status",
                        equalTo(List.of("CREATED", "CREATED", "FAILED", "FAILED", "UNCHANGED", "FAILED")))
                .body("results[2].errors[0].field", equalTo("externalId"))
                .body("results[3].errors[0].field", equalTo("leadId"))
                .body("summary.created", equalTo(2))
                .body("summary.failed", equalTo(3));
        as("sales").get("/api/leads/" + id + "/activities").then().body("items", hasSize(2));
    }
}
