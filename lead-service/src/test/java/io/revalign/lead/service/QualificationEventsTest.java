package io.revalign.lead.service;

import static io.revalign.common.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.lead.api.Qualifying;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code lead.qualified} and {@code definition.activated} are written to the outbox in the transaction
 * of the change: once per lead that newly qualifies (however often it is re-scored), once per
 * activation, and not at all when the change rolls back.
 */
@QuarkusTest
class QualificationEventsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    QualificationJobs jobs;

    @Inject
    QualificationDefinitions definitions;

    @Inject
    DataSource database;

    @Test
    void bulkRescoringAnnouncesEachLeadThatNewlyQualifiesOnce() throws Exception {
        String run = Qualifying.run();
        List<String> leads = importLeads(run, 60);
        assertEquals(0, qualifiedEvents(leads).size(), "nothing qualifies them before the definition");

        Map<String, Object> body = new HashMap<>(Qualifying.definition(run));
        body.put("mqlThreshold", 40);
        String first = Qualifying.agreed(body);
        UUID job = UUID.fromString(Qualifying.activate(first));
        JsonNode activated = single(activatedEvents(first));
        int version = as("sales")
                .get("/api/qualification/definitions/" + first)
                .then()
                .extract()
                .path("version");
        assertEquals(version, activated.path("data").path("version").asInt());
        assertEquals(40, activated.path("data").path("mqlThreshold").asInt());
        assertEquals(job.toString(), activated.path("data").path("rescoreJobId").asText());
        assertEquals(Qualifying.SAM, activated.path("data").path("activatedBy").asText());
        assertEquals("definition.activated", activated.path("type").asText());

        jobs.work(job, Integer.MAX_VALUE);
        List<JsonNode> qualified = qualifiedEvents(leads);
        assertEquals(leads.size(), qualified.size(), "one lead.qualified per lead");
        assertEquals(
                leads.size(),
                qualified.stream()
                        .map(e -> e.path("data").path("leadId").asText())
                        .distinct()
                        .count());
        JsonNode data = qualified.get(0).path("data");
        assertEquals(50.0, data.path("score").asDouble(), 1e-9);
        assertEquals(50.0, data.path("fitPoints").asDouble(), 1e-9);
        assertEquals(0.0, data.path("engagementPoints").asDouble(), 1e-9);
        assertEquals(40, data.path("mqlThreshold").asInt());
        assertEquals(first, data.path("definitionId").asText());
        assertEquals(version, data.path("definitionVersion").asInt());
        assertTrue(data.hasNonNull("qualifiedAt"));

        // A second definition re-scores the same leads: they are MQL already, so nothing new is announced,
        // and the activation names the version it superseded.
        String second = Qualifying.agreed(body);
        UUID again = UUID.fromString(Qualifying.activate(second));
        jobs.work(again, Integer.MAX_VALUE);
        assertEquals(leads.size(), qualifiedEvents(leads).size(), "a re-score of an MQL announces nothing");
        assertEquals(
                version,
                single(activatedEvents(second))
                        .path("data")
                        .path("supersededVersion")
                        .asInt());

        // New activity re-scores a lead inline: still MQL, still one event.
        as("marketing")
                .body(Map.of(
                        "type",
                        "DEMO_REQUEST",
                        "occurredAt",
                        java.time.Instant.now().toString()))
                .post("/api/leads/" + leads.get(0) + "/activities")
                .then()
                .statusCode(201);
        assertEquals(leads.size(), qualifiedEvents(leads).size());
    }

    @Test
    void aRolledBackActivationOrRescoreAnnouncesNothing() throws Exception {
        String run = Qualifying.run();
        List<String> leads = importLeads(run, 5);
        Map<String, Object> body = new HashMap<>(Qualifying.definition(run));
        body.put("mqlThreshold", 40);
        String definition = Qualifying.agreed(body);

        // The activation's transaction rolls back: the definition stays AGREED and nothing is announced.
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    definitions.activate(
                            UUID.fromString(definition), new Actor(Qualifying.SAM, Set.of("sales-leader")));
                    throw new IllegalStateException("rolled back");
                }));
        as("sales")
                .get("/api/qualification/definitions/" + definition)
                .then()
                .body("status", org.hamcrest.Matchers.equalTo("AGREED"));
        assertEquals(List.of(), activatedEvents(definition));

        // Activated for real; a worker that dies mid-batch qualifies nobody and announces nothing.
        UUID job = UUID.fromString(Qualifying.activate(definition));
        assertEquals(1, activatedEvents(definition).size());
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    while (jobs.processNextBatch(job)) {
                        // every batch, in this one transaction
                    }
                    throw new IllegalStateException("killed");
                }));
        assertEquals(List.of(), qualifiedEvents(leads));
        as("sales")
                .get("/api/leads/" + leads.get(0))
                .then()
                .body("lifecycleStage", org.hamcrest.Matchers.equalTo("LEAD"));

        jobs.work(job, Integer.MAX_VALUE);
        assertEquals(leads.size(), qualifiedEvents(leads).size());
    }

    /** {@code n} leads of this run that score 50 (decision maker, 800 employees) with no activity. */
    private List<String> importLeads(String run, int n) throws Exception {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(Map.of(
                    "email",
                    "q" + i + "@fabrikam.example",
                    "source",
                    "IMPORT",
                    "externalId",
                    run + "-" + i,
                    "companySize",
                    800,
                    "bant",
                    Map.of("authority", "DECISION_MAKER"),
                    "attributes",
                    Map.of("run", run)));
        }
        as("integration")
                .body(Map.of("records", records))
                .post("/api/leads/bulk")
                .then()
                .statusCode(200);
        List<String> ids = new ArrayList<>();
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM lead WHERE attributes ->> 'run' = ?")) {
            s.setString(1, run);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        assertEquals(n, ids.size());
        return ids;
    }

    private List<JsonNode> qualifiedEvents(List<String> leads) throws Exception {
        return events("lead.qualified", "leadId", leads);
    }

    private List<JsonNode> activatedEvents(String definition) throws Exception {
        return events("definition.activated", "definitionId", List.of(definition));
    }

    private List<JsonNode> events(String type, String key, List<String> values) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT payload::text FROM outbox_event WHERE type = ?"
                        + " AND (payload -> 'data' ->> ?) = ANY(?) ORDER BY id")) {
            s.setString(1, type);
            s.setString(2, key);
            s.setArray(3, c.createArrayOf("varchar", values.toArray()));
            List<JsonNode> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(JSON.readTree(r.getString(1)));
                }
            }
            return found;
        }
    }

    private static JsonNode single(List<JsonNode> events) {
        assertEquals(1, events.size(), "exactly one event");
        return events.get(0);
    }
}
