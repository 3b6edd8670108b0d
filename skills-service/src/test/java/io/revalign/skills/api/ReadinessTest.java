package io.revalign.skills.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readiness and gaps on a small roster whose figures are computed by hand below. */
@QuarkusTest
class ReadinessTest {

    static void assess(String sellerId, String skill, int level, String source, String at) {
        as("enablement")
                .body(Map.of("skillKey", skill, "level", level, "source", source, "assessedAt", at))
                .post("/api/sellers/" + sellerId + "/assessments")
                .then()
                .statusCode(201);
    }

    @Test
    void precedencePicksTheStrongestSourceThenTheNewest() throws Exception {
        String k1 = Fixtures.newSkill();
        String k2 = Fixtures.newSkill();
        String k3 = Fixtures.newSkill();
        String k4 = Fixtures.newSkill();
        String profile = Fixtures.profile("AM", "2026-12-31", k1, 3, k2, 3, k3, 2, k4, 3);
        String seller = Fixtures.putSeller(Fixtures.unique("S"), "AM", Fixtures.unique("team"), null);
        // k1: a later, higher SELF and COURSE do not overrule an older MANAGER
        assess(seller, k1, 2, "MANAGER", "2026-01-10T00:00:00Z");
        assess(seller, k1, 4, "SELF", "2026-03-01T00:00:00Z");
        assess(seller, k1, 4, "COURSE", "2026-03-02T00:00:00Z");
        // k2: a certification beats every other source
        assess(seller, k2, 3, "MANAGER", "2026-01-10T00:00:00Z");
        assess(seller, k2, 4, "CERTIFICATION", "2026-04-01T00:00:00Z");
        assess(seller, k2, 1, "MANAGER", "2026-05-10T00:00:00Z");
        // k3: within one source the newest wins, even when lower
        assess(seller, k3, 2, "MANAGER", "2026-01-10T00:00:00Z");
        assess(seller, k3, 1, "MANAGER", "2026-02-10T00:00:00Z");
        JsonPath gaps = as("enablement")
                .get("/api/sellers/" + seller + "/gaps")
                .then()
                .statusCode(200)
                .body("profile.id", equalTo(profile))
                .body("needsReskilling", equalTo(true))
                .extract()
                .jsonPath();
        assertLine(gaps, k1, 3, 2, 1, "MANAGER");
        assertLine(gaps, k2, 3, 4, 0, "CERTIFICATION");
        assertLine(gaps, k3, 2, 1, 1, "MANAGER");
        assertLine(gaps, k4, 3, 0, 3, null);
        // ordered by gap, largest first
        org.junit.jupiter.api.Assertions.assertEquals(k4, gaps.getString("gaps[0].skillKey"));

        // asOf answers from the assessments made by then
        Thread.sleep(20);
        Instant before = Instant.now();
        Thread.sleep(20);
        assess(seller, k4, 3, "SELF", Instant.now().toString());
        assertLine(
                as("enablement")
                        .get("/api/sellers/" + seller + "/gaps")
                        .then()
                        .extract()
                        .jsonPath(),
                k4,
                3,
                3,
                0,
                "SELF");
        JsonPath then = as("enablement")
                .queryParam("asOf", before.toString())
                .get("/api/sellers/" + seller + "/gaps")
                .then()
                .statusCode(200)
                .body("profile.id", equalTo(profile))
                .extract()
                .jsonPath();
        assertLine(then, k4, 3, 0, 3, null);
        assertLine(then, k2, 3, 4, 0, "CERTIFICATION");
        // before the profile existed there was nothing to measure against
        as("enablement")
                .queryParam("asOf", "2026-01-31")
                .get("/api/sellers/" + seller + "/gaps")
                .then()
                .statusCode(200)
                .body("profile", nullValue())
                .body("gaps.size()", equalTo(0));
    }

    private static void assertLine(JsonPath gaps, String key, int required, int effective, int gap, String source) {
        String line = "gaps.find { it.skillKey == '" + key + "' }";
        org.junit.jupiter.api.Assertions.assertEquals(required, gaps.getInt(line + ".required"), key);
        org.junit.jupiter.api.Assertions.assertEquals(effective, gaps.getInt(line + ".effective"), key);
        org.junit.jupiter.api.Assertions.assertEquals(gap, gaps.getInt(line + ".gap"), key);
        org.junit.jupiter.api.Assertions.assertEquals(source, gaps.getString(line + ".source"), key);
    }

    /**
     * Team T: AE profile k1 ≥ 3, k2 ≥ 2; SE profile k1 ≥ 1.
     *
     * <pre>
     * s1 AE  k1 MANAGER 3 (a later SELF 1 does not count), k2 SELF 2      → ready
     * s2 AE  k1 CERTIFICATION 1 (a later SELF 4 does not count), k2 2     → k1 gap 2
     * s3 AE  nothing until t; then k1 3, k2 2                             → now ready; at t gaps 3 and 2
     * s4 AE  inactive, nothing                                            → not counted
     * s5 SE  k1 SELF 1                                                    → ready
     * now:  4 sellers, 1 needing (0.25); k1 4 required, 1 below, gap 2 (avg 0.5); k2 3 required, 0 below
     * at t: 4 sellers, 2 needing (0.5);  k1 4 required, 2 below, gap 5 (avg 1.25); k2 3 required, 1 below, gap 2
     * </pre>
     */
    @Test
    void readinessOfAHandComputedRoster() throws Exception {
        String team = Fixtures.unique("team");
        String k1 = Fixtures.newSkill();
        String k2 = Fixtures.newSkill();
        Fixtures.profile("AE", "2026-12-31", k1, 3, k2, 2);
        Fixtures.profile("SE", "2026-12-31", k1, 1);
        String s1 = Fixtures.putSeller(Fixtures.unique("S"), "AE", team, null);
        String s2 = Fixtures.putSeller(Fixtures.unique("S"), "AE", team, null);
        String s3 = Fixtures.putSeller(Fixtures.unique("S"), "AE", team, null);
        String s4x = Fixtures.unique("S");
        Fixtures.putSeller(s4x, "AE", team, null);
        Map<String, Object> inactive = Fixtures.seller(s4x, "AE", team, null);
        inactive.remove("externalId");
        inactive.put("active", false);
        as("integration")
                .body(inactive)
                .put("/api/sellers/external/" + s4x)
                .then()
                .statusCode(200);
        String s5 = Fixtures.putSeller(Fixtures.unique("S"), "SE", team, null);
        String now = Instant.now().toString();
        assess(s1, k1, 3, "MANAGER", now);
        assess(s1, k1, 1, "SELF", Instant.now().plusMillis(5).toString());
        assess(s1, k2, 2, "SELF", now);
        assess(s2, k1, 1, "CERTIFICATION", now);
        assess(s2, k1, 4, "SELF", Instant.now().plusMillis(5).toString());
        assess(s2, k2, 2, "MANAGER", now);
        assess(s5, k1, 1, "SELF", now);
        Thread.sleep(20);
        Instant t = Instant.now();
        Thread.sleep(20);
        assess(s3, k1, 3, "MANAGER", Instant.now().toString());
        assess(s3, k2, 2, "MANAGER", Instant.now().toString());

        JsonPath today = as("sales-leader")
                .queryParam("team", team)
                .get("/api/readiness")
                .then()
                .statusCode(200)
                .body("asOf", nullValue())
                .body("team", equalTo(team))
                .body("activeSellers", equalTo(4))
                .body("sellers", equalTo(4))
                .body("needingReskilling", equalTo(1))
                .body("shareNeedingReskilling", equalTo(0.25f))
                .body("benchmark.share", equalTo(0.58f))
                .body("byTeam[0].team", equalTo(team))
                .body("byTeam[0].needingReskilling", equalTo(1))
                .body("profiles.role", hasItem("AE"))
                .extract()
                .jsonPath();
        assertSkill(today, k1, 4, 1, 0.5f);
        assertSkill(today, k2, 3, 0, 0f);
        org.junit.jupiter.api.Assertions.assertEquals(
                0.5f, today.getFloat("heatMap.cells.find { it.skillKey == '" + k1 + "' }.averageGap"));

        JsonPath then = as("sales-leader")
                .queryParam("team", team)
                .queryParam("asOf", t.toString())
                .get("/api/readiness")
                .then()
                .statusCode(200)
                .body("sellers", equalTo(4))
                .body("needingReskilling", equalTo(2))
                .body("shareNeedingReskilling", equalTo(0.5f))
                .extract()
                .jsonPath();
        assertSkill(then, k1, 4, 2, 1.25f);
        assertSkill(then, k2, 3, 1, 0.667f);

        as("sales-leader")
                .queryParam("team", team)
                .queryParam("role", "SE")
                .get("/api/readiness")
                .then()
                .statusCode(200)
                .body("sellers", equalTo(1))
                .body("needingReskilling", equalTo(0));
        as("enablement")
                .get("/api/sellers/" + s2 + "/gaps")
                .then()
                .body("gaps.find { it.skillKey == '" + k1 + "' }.gap", equalTo(2))
                .body("gaps.find { it.skillKey == '" + k1 + "' }.source", equalTo("CERTIFICATION"));
        as("enablement").get("/api/sellers/" + s3 + "/gaps").then().body("needsReskilling", equalTo(false));
    }

    private static void assertSkill(JsonPath readiness, String key, int required, int below, float average) {
        String skill = "bySkill.find { it.skillKey == '" + key + "' }";
        org.junit.jupiter.api.Assertions.assertEquals(required, readiness.getInt(skill + ".sellersRequired"), key);
        org.junit.jupiter.api.Assertions.assertEquals(below, readiness.getInt(skill + ".sellersBelow"), key);
        org.junit.jupiter.api.Assertions.assertEquals(average, readiness.getFloat(skill + ".averageGap"), 0.001, key);
    }

    private static void putSeller(String externalId, String team, boolean active) {
        Map<String, Object> body = Fixtures.seller(externalId, "SDR", team, null);
        body.remove("externalId");
        body.put("active", active);
        as("integration")
                .body(body)
                .put("/api/sellers/external/" + externalId)
                .then()
                .statusCode(200);
    }

    private static void assertTeam(String team, int sellers, int needing) {
        as("enablement")
                .queryParam("team", team)
                .get("/api/readiness")
                .then()
                .statusCode(200)
                .body("sellers", equalTo(sellers))
                .body("needingReskilling", equalTo(needing));
    }

    /** Today's figures come from counters the triggers keep: they follow moves, deactivations and new profiles. */
    @Test
    void todaysFiguresFollowTeamMovesDeactivationsAndNewProfileVersions() throws Exception {
        String team = Fixtures.unique("team");
        String other = Fixtures.unique("team");
        String k1 = Fixtures.newSkill();
        String k2 = Fixtures.newSkill();
        Fixtures.profile("SDR", "2026-12-31", k1, 2, k2, 1);
        String a = Fixtures.unique("S");
        String b = Fixtures.unique("S");
        String c = Fixtures.unique("S");
        String aId = Fixtures.putSeller(a, "SDR", team, null);
        String bId = Fixtures.putSeller(b, "SDR", team, null);
        Fixtures.putSeller(c, "SDR", team, null);
        String now = Instant.now().toString();
        assess(aId, k1, 2, "SELF", now);
        assess(aId, k2, 1, "SELF", now);
        assess(bId, k1, 1, "SELF", now);
        assertTeam(team, 3, 2);

        putSeller(b, other, true);
        assertTeam(team, 2, 1);
        assertTeam(other, 1, 1);

        putSeller(c, team, false);
        assertTeam(team, 1, 0);

        Fixtures.profile("SDR", "2026-12-31", k1, 3, k2, 1);
        assertTeam(team, 1, 1);
        assess(aId, k1, 3, "MANAGER", Instant.now().toString());
        assertTeam(team, 1, 0);
        assertTeam(other, 1, 1);

        // the counters agree with the history read at the same moment
        Thread.sleep(20);
        JsonPath counted = as("enablement")
                .queryParam("team", other)
                .get("/api/readiness")
                .then()
                .extract()
                .jsonPath();
        JsonPath history = as("enablement")
                .queryParam("team", other)
                .queryParam("asOf", Instant.now().toString())
                .get("/api/readiness")
                .then()
                .extract()
                .jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(
                counted.getInt("needingReskilling"), history.getInt("needingReskilling"));
        org.junit.jupiter.api.Assertions.assertEquals(
                counted.getList("bySkill.sellersBelow"), history.getList("bySkill.sellersBelow"));
        org.junit.jupiter.api.Assertions.assertEquals(
                counted.getList("heatMap.cells.averageGap"), history.getList("heatMap.cells.averageGap"));
    }

    @Test
    void badParametersAre400() {
        as("enablement")
                .queryParam("asOf", "yesterday")
                .get("/api/readiness")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        as("enablement")
                .queryParam("asOf", "2999-01-01")
                .get("/api/readiness")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        as("enablement")
                .queryParam("role", "CEO")
                .get("/api/readiness")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"));
        as("seller").get("/api/readiness").then().statusCode(403);
    }
}
