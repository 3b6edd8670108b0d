package io.revalign.skills.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoleProfileResourceTest {

    @Test
    void eachProfileIsANewVersionAndOldVersionsStayReadable() {
        String skill = Fixtures.newSkill();
        String first = Fixtures.profile("SE", "2026-06-30", skill, 2);
        int version = as("seller")
                .get("/api/role-profiles/" + first)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        String second = Fixtures.profile("SE", "2026-09-30", skill, 3, "negotiation", 1);
        as("sales")
                .get("/api/role-profiles/" + second)
                .then()
                .statusCode(200)
                .body("role", equalTo("SE"))
                .body("version", equalTo(version + 1))
                .body("targetDate", equalTo("2026-09-30"))
                .body("createdBy", equalTo("test-user@revalign.test"))
                .body(
                        "requirements.skillKey",
                        equalTo(List.of(skill, "negotiation").stream().sorted().toList()))
                .body("requirements.find { it.skillKey == '" + skill + "' }.level", equalTo(3))
                .body("requirements.find { it.skillKey == '" + skill + "' }.levelName", equalTo("PROFICIENT"));
        as("seller")
                .get("/api/role-profiles/" + first)
                .then()
                .statusCode(200)
                .body("version", equalTo(version))
                .body("requirements[0].level", equalTo(2));
        as("seller")
                .queryParam("role", "SE")
                .queryParam("current", true)
                .get("/api/role-profiles")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(second)));
        as("seller")
                .queryParam("role", "SE")
                .queryParam("current", false)
                .queryParam("limit", 500)
                .get("/api/role-profiles")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(first))
                .body("items.id", not(hasItem(second)));
    }

    @Test
    void unknownOrRetiredSkillsAndLevelsOutsideTheScaleAreRefusedAndWriteNothing() {
        String current = as("seller")
                .queryParam("role", "SDR")
                .queryParam("current", true)
                .get("/api/role-profiles")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        as("enablement")
                .body(Map.of(
                        "role", "SDR",
                        "targetDate", "2026-06-30",
                        "requirements", List.of(Map.of("skillKey", "prompt-wizardry", "level", 2))))
                .post("/api/role-profiles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("requirements[0].skillKey"));
        for (int level : new int[] {-1, 5}) {
            as("enablement")
                    .body(Map.of(
                            "role", "SDR",
                            "targetDate", "2026-06-30",
                            "requirements", List.of(Map.of("skillKey", "negotiation", "level", level))))
                    .post("/api/role-profiles")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("requirements[0].level"));
        }
        as("enablement")
                .body(Map.of(
                        "role", "SDR",
                        "targetDate", "2026-06-30",
                        "requirements",
                                List.of(
                                        Map.of("skillKey", "negotiation", "level", 2),
                                        Map.of("skillKey", "negotiation", "level", 3))))
                .post("/api/role-profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("requirements[1].skillKey"));
        as("enablement")
                .body(Map.of("role", "CEO", "targetDate", "2026-06-30", "requirements", List.of()))
                .post("/api/role-profiles")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("role"));

        String retired = Fixtures.newSkill();
        String id = as("enablement")
                .queryParam("key", retired)
                .get("/api/skills")
                .then()
                .extract()
                .path("items[0].id");
        as("enablement")
                .header("If-Match", "\"0\"")
                .post("/api/skills/" + id + "/retirement")
                .then()
                .statusCode(200);
        as("enablement")
                .body(Map.of(
                        "role", "SDR",
                        "targetDate", "2026-06-30",
                        "requirements", List.of(Map.of("skillKey", retired, "level", 2))))
                .post("/api/role-profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("requirements[0].skillKey"))
                .body("errors[0].message", startsWith("names skill " + retired + ", retired"));
        as("seller")
                .queryParam("role", "SDR")
                .queryParam("current", true)
                .get("/api/role-profiles")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(current));
    }

    @Test
    void onlyEnablementSalesLeadersAndAdminsWriteProfiles() {
        as("seller")
                .body(Map.of(
                        "role", "AM",
                        "targetDate", "2026-06-30",
                        "requirements", List.of(Map.of("skillKey", "negotiation", "level", 2))))
                .post("/api/role-profiles")
                .then()
                .statusCode(403);
    }

    @Test
    void replayWithTheSameIdempotencyKeyCreatesOneVersion() {
        Map<String, Object> body = Map.of(
                "role", "AM",
                "targetDate", "2026-06-30",
                "requirements", List.of(Map.of("skillKey", "negotiation", "level", 2)));
        String key = java.util.UUID.randomUUID().toString();
        String id = as("enablement")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/role-profiles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("enablement")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/role-profiles")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        as("seller")
                .queryParam("role", "AM")
                .queryParam("current", true)
                .get("/api/role-profiles")
                .then()
                .body("items[0].id", equalTo(id));
    }
}
