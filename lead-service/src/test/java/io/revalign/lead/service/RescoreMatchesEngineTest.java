package io.revalign.lead.service;

import static io.revalign.common.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revalign.lead.api.Qualifying;
import io.revalign.lead.domain.ActivityType;
import io.revalign.lead.domain.qualification.EngagementEvent;
import io.revalign.lead.domain.qualification.EngagementRule;
import io.revalign.lead.domain.qualification.EngagementTally;
import io.revalign.lead.domain.qualification.LeadProfile;
import io.revalign.lead.domain.qualification.QualificationRules;
import io.revalign.lead.domain.qualification.Scorecard;
import io.revalign.lead.domain.qualification.ScoringEngine;
import io.revalign.lead.repository.CosignedVersionRepository;
import io.revalign.lead.repository.LeadRepository;
import io.revalign.lead.repository.ScoringRepository;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A re-scoring job's scorecards, read in batches (lead ranges, activity tallies by SQL aggregate), are those the
 * pure {@link ScoringEngine} gives from each lead's own activities: activities inside, just inside and just outside
 * each rule's window, decayed and not, several of a type, and leads without any.
 */
@QuarkusTest
class RescoreMatchesEngineTest {

    @Inject
    QualificationJobs jobs;

    @Inject
    QualificationDefinitions definitions;

    @Inject
    CosignedVersionRepository versions;

    @Inject
    LeadRepository leads;

    @Inject
    ScoringRepository scoring;

    @Test
    void batchScorecardsAreTheEnginesFromEachLeadsActivities() throws Exception {
        String run = Qualifying.run();
        List<Map<String, Object>> records = new ArrayList<>();
        int count = 37;
        for (int i = 0; i < count; i++) {
            records.add(Map.of(
                    "email",
                    "m" + i + "@contoso.example",
                    "source",
                    "IMPORT",
                    "externalId",
                    run + "-" + i,
                    "companySize",
                    100 * i,
                    "bant",
                    Map.of("authority", i % 3 == 0 ? "DECISION_MAKER" : "INFLUENCER"),
                    "attributes",
                    Map.of("run", run)));
        }
        as("integration")
                .body(Map.of("records", records))
                .post("/api/leads/bulk")
                .then()
                .statusCode(200);
        Instant now = Instant.now();
        Map<UUID, List<EngagementEvent>> events = new HashMap<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.fromString(as("sales")
                    .queryParam("externalId", run + "-" + i)
                    .get("/api/leads")
                    .then()
                    .extract()
                    .path("items[0].id"));
            List<EngagementEvent> own = new ArrayList<>();
            if (i % 5 != 4) { // every fifth lead has no activity at all
                // Demo requests from half a day to beyond the 30-day window, one just inside and one just outside it.
                own.add(new EngagementEvent(ActivityType.DEMO_REQUEST, now.minus(Duration.ofHours(12 + 23L * i))));
                if (i % 4 == 0) {
                    own.add(new EngagementEvent(
                            ActivityType.DEMO_REQUEST,
                            now.minus(Duration.ofDays(30).minusMinutes(20))));
                    own.add(new EngagementEvent(
                            ActivityType.DEMO_REQUEST,
                            now.minus(Duration.ofDays(30).plusMinutes(20))));
                }
                // Page views (no decay, 7-day window) of every age from 0 to 9 days.
                for (int k = 0; k <= i % 10; k++) {
                    own.add(new EngagementEvent(ActivityType.PAGE_VIEW, now.minus(Duration.ofHours(1 + 24L * k))));
                }
                own.add(new EngagementEvent(ActivityType.EMAIL_OPEN, now.minus(Duration.ofDays(2))));
            }
            for (EngagementEvent event : own) {
                as("integration")
                        .body(Map.of(
                                "type",
                                event.type().name(),
                                "occurredAt",
                                event.occurredAt()
                                        .truncatedTo(ChronoUnit.MILLIS)
                                        .toString()))
                        .post("/api/leads/" + id + "/activities")
                        .then()
                        .statusCode(201);
            }
            events.put(
                    id,
                    own.stream()
                            .map(e ->
                                    new EngagementEvent(e.type(), e.occurredAt().truncatedTo(ChronoUnit.MILLIS)))
                            .toList());
        }

        Map<String, Object> body = new HashMap<>(Qualifying.definition(run));
        body.put(
                "engagementRules",
                List.of(
                        Map.of(
                                "name", "Demo requests",
                                "activityType", "DEMO_REQUEST",
                                "points", 40,
                                "windowDays", 30,
                                "halfLifeDays", 10,
                                "maxPoints", 70),
                        Map.of("name", "Page views", "activityType", "PAGE_VIEW", "points", 3, "windowDays", 7)));
        body.put("mqlThreshold", 65);
        String definition = Qualifying.agreed(body);
        UUID job = UUID.fromString(Qualifying.activate(definition));
        jobs.work(job, Integer.MAX_VALUE);
        QualificationJobs.JobView done = jobs.get(job);
        assertEquals("SUCCEEDED", done.job().state.name());
        Instant asOf = done.job().asOf;
        QualificationRules rules = QuarkusTransaction.requiringNew()
                .call(() -> definitions.rules(versions.findById(UUID.fromString(definition))));

        int qualified = 0;
        int withEngagement = 0;
        for (Map.Entry<UUID, List<EngagementEvent>> lead : events.entrySet()) {
            ScoringRepository.Stored stored = QuarkusTransaction.requiringNew()
                    .call(() -> scoring.stored(lead.getKey()).orElseThrow());
            LeadProfile profile =
                    QuarkusTransaction.requiringNew().call(() -> LeadProfile.of(leads.findById(lead.getKey())));
            List<EngagementTally> tallies = new ArrayList<>();
            for (EngagementRule rule : rules.engagementRules()) {
                tallies.add(ScoringEngine.tally(rule, lead.getValue(), asOf));
            }
            Scorecard expected = ScoringEngine.scorecard(rules, profile, tallies);
            Scorecard actual = stored.scorecard();
            String which = "lead " + lead.getKey() + " with " + lead.getValue();
            assertEquals(UUID.fromString(definition), stored.definitionId(), which);
            assertArrayEquals(expected.fitHits(), actual.fitHits(), which);
            assertArrayEquals(expected.engagementCounts(), actual.engagementCounts(), which);
            assertArrayEquals(expected.engagementPoints(), actual.engagementPoints(), 1e-6, which);
            assertArrayEquals(expected.gatesPassed(), actual.gatesPassed(), which);
            assertEquals(expected.fitTotal(), actual.fitTotal(), 1e-6, which);
            assertEquals(expected.engagementTotal(), actual.engagementTotal(), 1e-6, which);
            assertEquals(expected.score(), actual.score(), 1e-6, which);
            assertEquals(expected.verdict(), actual.verdict(), which);
            qualified += expected.qualified() ? 1 : 0;
            withEngagement += expected.engagementTotal() > 0 ? 1 : 0;
        }
        // The set is varied enough to mean something: some leads qualify, some do not, most have engagement.
        assertTrue(qualified > 0 && qualified < count, "qualified: " + qualified);
        assertTrue(withEngagement > count / 2, "with engagement: " + withEngagement);
    }
}
