package io.revalign.skills.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness on given skills at a level, per team, on a roster counted by hand. */
@QuarkusTest
class SkillReadinessTest {

    @Test
    void countsPerTeamWhoReachesTheLevelOnEverySkillWhetherOrNotTheProfileRequiresIt() {
        String a = Fixtures.newSkill();
        String b = Fixtures.newSkill();
        String north = Fixtures.unique("north");
        String south = Fixtures.unique("south");
        String both = Fixtures.putSeller(Fixtures.unique("S"), "AE", north, null);
        String onlyA = Fixtures.putSeller(Fixtures.unique("S"), "AE", north, null);
        String tooLow = Fixtures.putSeller(Fixtures.unique("S"), "AE", south, null);
        String otherRole = Fixtures.putSeller(Fixtures.unique("S"), "SDR", south, null);
        ReadinessTest.assess(both, a, 3, "MANAGER", "2026-11-01T00:00:00Z");
        ReadinessTest.assess(both, b, 2, "MANAGER", "2026-11-01T00:00:00Z");
        ReadinessTest.assess(onlyA, a, 4, "MANAGER", "2026-11-01T00:00:00Z");
        ReadinessTest.assess(tooLow, a, 1, "MANAGER", "2026-11-01T00:00:00Z");
        ReadinessTest.assess(tooLow, b, 1, "MANAGER", "2026-11-01T00:00:00Z");
        ReadinessTest.assess(otherRole, a, 2, "MANAGER", "2026-11-01T00:00:00Z");
        ReadinessTest.assess(otherRole, b, 2, "MANAGER", "2026-11-01T00:00:00Z");

        // only the AE sellers of the two teams; every other AE in the database is in other teams
        as("integration")
                .queryParam("skillKey", a)
                .queryParam("skillKey", b)
                .queryParam("level", 2)
                .queryParam("role", "AE")
                .get("/api/readiness/skills")
                .then()
                .statusCode(200)
                .body("levelName", equalTo("PRACTICING"))
                .body("teams.find { it.team == '" + north + "' }.sellers", equalTo(2))
                .body("teams.find { it.team == '" + north + "' }.ready", equalTo(1))
                .body("teams.find { it.team == '" + north + "' }.shareReady", equalTo(0.5f))
                .body(
                        "teams.find { it.team == '" + north + "' }.skills.find { it.skillKey == '" + a
                                + "' }.sellersAtLevel",
                        equalTo(2))
                .body(
                        "teams.find { it.team == '" + north + "' }.skills.find { it.skillKey == '" + b
                                + "' }.sellersAtLevel",
                        equalTo(1))
                .body("teams.find { it.team == '" + south + "' }.sellers", equalTo(1))
                .body("teams.find { it.team == '" + south + "' }.ready", equalTo(0))
                .body(
                        "teams.find { it.team == '" + south + "' }.skills.find { it.skillKey == '" + b
                                + "' }.sellersAtLevel",
                        equalTo(0));

        // both roles: the SDR of the south team is ready
        as("integration")
                .queryParam("skillKey", a)
                .queryParam("skillKey", b)
                .get("/api/readiness/skills")
                .then()
                .statusCode(200)
                .body("teams.find { it.team == '" + south + "' }.sellers", equalTo(2))
                .body("teams.find { it.team == '" + south + "' }.ready", equalTo(1));
    }

    @Test
    void anUnknownSkillLevelOrRoleIsA400NamingTheParameter() {
        as("integration")
                .queryParam("skillKey", "prompt-wizardry-" + Fixtures.unique("x"))
                .get("/api/readiness/skills")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("skillKey"));
        as("integration").get("/api/readiness/skills").then().statusCode(400);
        as("integration")
                .queryParam("skillKey", Fixtures.newSkill())
                .queryParam("level", 5)
                .get("/api/readiness/skills")
                .then()
                .statusCode(400);
        as("integration")
                .queryParam("skillKey", Fixtures.newSkill())
                .queryParam("role", "CEO")
                .get("/api/readiness/skills")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"));
        as("seller")
                .queryParam("skillKey", Fixtures.newSkill())
                .get("/api/readiness/skills")
                .then()
                .statusCode(403);
    }
}
