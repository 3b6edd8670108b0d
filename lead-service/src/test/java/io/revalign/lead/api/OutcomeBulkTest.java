package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.PostgresTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Outcomes imported in bulk: one result per record, leads by id or CRM identity, nothing written for failures. */
@QuarkusTest
class OutcomeBulkTest {

    static String lead(String externalId) {
        return as("integration")
                .body(Map.of(
                        "email", externalId + "@contoso.example", "source", "SALESFORCE", "externalId", externalId))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> record(Object... keysAndValues) {
        Map<String, Object> record = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            record.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return record;
    }

    /** The stored outcome of a lead as "verdict/deal", or null. */
    static String stored(String leadId) throws Exception {
        try (Connection db = DriverManager.getConnection(
                        PostgresTestResource.server().serviceUrl(PostgresTestResource.DATABASE), "lead_service", "");
                PreparedStatement select = db.prepareStatement(
                        "SELECT sales_verdict, deal_outcome, recorded_by FROM lead.lead_outcome WHERE lead_id = ?")) {
            select.setObject(1, UUID.fromString(leadId));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) + "/" + row.getString(2) + " by " + row.getString(3) : null;
            }
        }
    }

    @Test
    void eachRecordGetsItsResultAndOnlyValidOnesAreWritten() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String byReference = lead("sf-" + run + "-1");
        String byId = lead("sf-" + run + "-2");
        String untouched = lead("sf-" + run + "-3");
        List<Map<String, Object>> records = List.of(
                record("source", "SALESFORCE", "externalId", "sf-" + run + "-1", "salesVerdict", "ACCEPTED"),
                record("leadId", byId, "salesVerdict", "REJECTED", "dealOutcome", "LOST"),
                record(
                        "source",
                        "SALESFORCE",
                        "externalId",
                        "sf-" + run + "-1",
                        "salesVerdict",
                        "ACCEPTED",
                        "dealOutcome",
                        "WON"),
                record("source", "SALESFORCE", "externalId", "no-such-" + run, "dealOutcome", "WON"),
                record("leadId", untouched),
                record(
                        "leadId",
                        untouched,
                        "source",
                        "SALESFORCE",
                        "externalId",
                        "sf-" + run + "-3",
                        "salesVerdict",
                        "ACCEPTED"),
                record("leadId", untouched, "salesVerdict", "MAYBE"));

        as("revops")
                .body(Map.of("records", records))
                .post("/api/leads/outcomes/bulk")
                .then()
                .statusCode(200)
                .body(
                        "results.status",
                        contains("CREATED", "CREATED", "UPDATED", "FAILED", "FAILED", "FAILED", "FAILED"))
                .body("results.id", contains(byReference, byId, byReference, null, null, null, null))
                .body("results[3].errors[0].field", equalTo("externalId"))
                .body("results[4].errors[0].field", equalTo("salesVerdict"))
                .body("results[5].errors[0].field", equalTo("leadId"))
                .body("results[6].errors[0].field", equalTo("salesVerdict"))
                .body("summary.created", equalTo(2))
                .body("summary.updated", equalTo(1))
                .body("summary.failed", equalTo(4));

        assertEquals(
                "ACCEPTED/WON by test-user@revalign.test",
                stored(byReference),
                "the second record of a lead is applied last");
        assertEquals("REJECTED/LOST by test-user@revalign.test", stored(byId));
        assertEquals(null, stored(untouched));

        as("integration")
                .body(Map.of("records", List.of(records.get(1), records.get(2))))
                .post("/api/leads/outcomes/bulk")
                .then()
                .statusCode(200)
                .body("results.status", contains("UNCHANGED", "UNCHANGED"))
                .body("summary.unchanged", equalTo(2));
        assertEquals(
                "REJECTED/LOST by test-user@revalign.test", stored(byId), "an unchanged outcome is not written again");
    }

    @Test
    void overAThousandRecordsIs413AndOtherRolesAre403() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            records.add(record("leadId", UUID.randomUUID().toString(), "dealOutcome", "WON"));
        }
        as("revops")
                .body(Map.of("records", records))
                .post("/api/leads/outcomes/bulk")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        as("marketing")
                .body(Map.of("records", List.of()))
                .post("/api/leads/outcomes/bulk")
                .then()
                .statusCode(403);
        as("revops")
                .body(Map.of("records", List.of()))
                .post("/api/leads/outcomes/bulk")
                .then()
                .statusCode(200)
                .body("results", org.hamcrest.Matchers.empty())
                .body("summary.failed", equalTo(0));
        as("revops")
                .body(Map.of())
                .post("/api/leads/outcomes/bulk")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("records"));
    }
}
