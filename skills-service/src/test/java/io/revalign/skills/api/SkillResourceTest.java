package io.revalign.skills.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.Pages;
import io.revalign.common.testing.ResourceChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkillResourceTest {

    static Map<String, Object> skill(String key) {
        Map<String, Object> skill = new HashMap<>();
        skill.put("key", key);
        skill.put("name", "Prompt engineering");
        skill.put("description", "Writes, tests and refines prompts for the AI assistants in the sales stack.");
        skill.put("category", "AI_LITERACY");
        skill.put("taxonomy", Map.of("scheme", "ESCO", "code", "S5.6.1"));
        skill.put("levelDescriptors", Map.of("AWARE", "Knows what a prompt is", "EXPERT", "Coaches the team"));
        return skill;
    }

    static String unique() {
        return "skill-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void createdSkillIsReadBackFromItsLocation() {
        String key = unique();
        var created = as("enablement")
                .body(skill(key))
                .post("/api/skills")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", notNullValue())
                .body("key", equalTo(key))
                .body("category", equalTo("AI_LITERACY"))
                .body("taxonomy.scheme", equalTo("ESCO"))
                .body("taxonomy.code", equalTo("S5.6.1"))
                .body("levelDescriptors.AWARE", equalTo("Knows what a prompt is"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/skills/" + id));

        as("seller")
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("key", equalTo(key))
                .body("name", equalTo("Prompt engineering"))
                .body("description", startsWith("Writes, tests"))
                .body("category", equalTo("AI_LITERACY"))
                .body("taxonomy.scheme", equalTo("ESCO"))
                .body("taxonomy.code", equalTo("S5.6.1"))
                .body("levelDescriptors.AWARE", equalTo("Knows what a prompt is"))
                .body("levelDescriptors.EXPERT", equalTo("Coaches the team"))
                .body("levelDescriptors.size()", equalTo(2))
                .body("createdAt", equalTo(created.path("createdAt")));
    }

    @Test
    void minimalSkillHasNoTaxonomyAndNoDescriptors() {
        String key = unique();
        as("admin")
                .body(Map.of("key", key, "name", "Discovery questioning", "category", "SALES_METHODOLOGY"))
                .post("/api/skills")
                .then()
                .statusCode(201)
                .body("taxonomy", nullValue())
                .body("description", nullValue())
                .body("levelDescriptors.size()", equalTo(0));
    }

    @Test
    void onetReferenceIsKept() {
        Map<String, Object> skill = skill(unique());
        skill.put("taxonomy", Map.of("scheme", "ONET", "code", "15-1252.00"));
        String location = as("enablement")
                .body(skill)
                .post("/api/skills")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        as("sales")
                .get(location)
                .then()
                .statusCode(200)
                .body("taxonomy.scheme", equalTo("ONET"))
                .body("taxonomy.code", equalTo("15-1252.00"));
    }

    @Test
    void locationFollowsForwardedHeadersOfTheGateway() {
        ResourceChecks.assertLocationFollowsForwardedHeaders("enablement", "/api/skills", skill(unique()));
    }

    @Test
    void secondSkillWithTheSameKeyIsAConflict() {
        String key = unique();
        as("enablement").body(skill(key)).post("/api/skills").then().statusCode(201);

        Map<String, Object> again = skill(key);
        again.put("name", "Another name");
        as("admin")
                .body(again)
                .post("/api/skills")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:conflict"))
                .body("detail", containsString(key))
                .body("instance", equalTo("/api/skills"));

        as("enablement")
                .queryParam("key", key)
                .get("/api/skills")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].name", equalTo("Prompt engineering"));
    }

    @Test
    void concurrentCreatesWithOneKeyMakeExactlyOneSkill() throws Exception {
        String key = unique();
        Callable<Integer> create = () -> as("enablement")
                .body(skill(key))
                .post("/api/skills")
                .then()
                .extract()
                .statusCode();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(java.util.Collections.nCopies(8, create))) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        as("enablement")
                .queryParam("key", key)
                .get("/api/skills")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void invalidFieldsAreListedOneByOne() {
        Map<String, Object> bad = skill("Prompt_Engineering");
        bad.remove("name");
        bad.put("description", "x".repeat(4001));
        as("enablement")
                .body(bad)
                .post("/api/skills")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:validation-failed"))
                .body("detail", equalTo("3 fields are invalid"))
                .body("instance", equalTo("/api/skills"))
                .body("errors.field", hasItems("key", "name", "description"))
                .body("errors.find { it.field == 'key' }.message", containsString("prompt-engineering"));
    }

    @Test
    void keysMustBeLowercaseHyphenatedWordsOfAtMost64Characters() {
        for (String key : new String[] {
            "Prompt", "1st-call", "prompt--engineering", "prompt-", "-prompt", "prompt engineering", "", "a".repeat(65)
        }) {
            as("enablement")
                    .body(skill(key))
                    .post("/api/skills")
                    .then()
                    .statusCode(400)
                    .body("errors.field", everyItem(equalTo("key")));
        }
        String longest = "a" + UUID.randomUUID().toString().replace("-", "") + "b".repeat(31);
        assertEquals(64, longest.length());
        as("enablement").body(skill(longest)).post("/api/skills").then().statusCode(201);
    }

    @Test
    void missingRequiredFieldsAreValidationErrors() {
        as("enablement")
                .body(Map.of())
                .post("/api/skills")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("key", "name", "category"));
    }

    @Test
    void unknownCategoryNamesTheFieldAndTheChoices() {
        Map<String, Object> bad = skill(unique());
        bad.put("category", "ASTROLOGY");
        as("enablement")
                .body(bad)
                .post("/api/skills")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", containsString("AI_LITERACY"))
                .body(not(containsString("io.revalign")));
    }

    @Test
    void taxonomyNeedsSchemeAndCode() {
        Map<String, Object> noScheme = skill(unique());
        noScheme.put("taxonomy", Map.of("code", "S5.6.1"));
        as("enablement")
                .body(noScheme)
                .post("/api/skills")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("taxonomy.scheme")));

        Map<String, Object> noCode = skill(unique());
        noCode.put("taxonomy", Map.of("scheme", "ONET"));
        as("enablement")
                .body(noCode)
                .post("/api/skills")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("taxonomy.code")));

        Map<String, Object> unknownScheme = skill(unique());
        unknownScheme.put("taxonomy", Map.of("scheme", "LINKEDIN", "code", "123"));
        as("enablement")
                .body(unknownScheme)
                .post("/api/skills")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("taxonomy.scheme"))
                .body("errors[0].message", containsString("ESCO"));
    }

    @Test
    void levelDescriptorsAreKeyedByLevelAndBounded() {
        Map<String, Object> tooLong = skill(unique());
        tooLong.put("levelDescriptors", Map.of("EXPERT", "x".repeat(1001)));
        as("enablement")
                .body(tooLong)
                .post("/api/skills")
                .then()
                .statusCode(400)
                .body("errors[0].field", startsWith("levelDescriptors"));

        Map<String, Object> unknownLevel = skill(unique());
        unknownLevel.put("levelDescriptors", Map.of("GURU", "Knows everything"));
        as("enablement")
                .body(unknownLevel)
                .post("/api/skills")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", startsWith("levelDescriptors"))
                .body("errors[0].message", containsString("PROFICIENT"))
                .body(not(containsString("io.revalign")));
    }

    @Test
    void listIsPaginatedWithoutGapsOrDuplicates() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(as("enablement")
                    .body(skill(unique()))
                    .post("/api/skills")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        Pages.assertWalksEveryItemOnce(() -> as("revops"), "/api/skills", 2, mine);
    }

    @Test
    void listFiltersByCategoryAndKey() {
        String key = unique();
        Map<String, Object> industry = skill(key);
        industry.put("category", "INDUSTRY");
        String id = as("enablement")
                .body(industry)
                .post("/api/skills")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("enablement").body(skill(unique())).post("/api/skills").then().statusCode(201);

        as("sales-leader")
                .queryParam("category", "INDUSTRY")
                .queryParam("limit", 500)
                .get("/api/skills")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.category", everyItem(equalTo("INDUSTRY")));
        as("sales-leader")
                .queryParam("key", key)
                .get("/api/skills")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("$", hasKey("next"))
                .body("next", nullValue());
        as("sales-leader")
                .queryParam("key", key)
                .queryParam("category", "AI_TOOLS")
                .get("/api/skills")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void listRejectsBadLimitForeignCursorAndUnknownCategory() {
        as("enablement")
                .queryParam("limit", 501)
                .get("/api/skills")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("enablement")
                .queryParam("limit", 0)
                .get("/api/skills")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("enablement")
                .queryParam("after", "not-a-cursor")
                .get("/api/skills")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("after"));
        // A real cursor, but of the unfiltered list: it would skip or repeat items in a filtered one.
        as("enablement").body(skill(unique())).post("/api/skills").then().statusCode(201);
        as("enablement").body(skill(unique())).post("/api/skills").then().statusCode(201);
        String unfiltered = Pages.nextCursor(() -> as("enablement"), "/api/skills");
        as("enablement")
                .queryParam("after", unfiltered)
                .queryParam("category", "INDUSTRY")
                .get("/api/skills")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("after"));
        as("enablement")
                .queryParam("after", unfiltered)
                .get("/api/skills")
                .then()
                .statusCode(200);
        as("enablement")
                .queryParam("category", "ASTROLOGY")
                .get("/api/skills")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", containsString("AI_LITERACY"));
    }

    @Test
    void unknownIdIsNotFound() {
        ResourceChecks.assertUnknownIdIsNotFound("seller", "/api/skills", "Skill");
    }

    @Test
    void retryWithTheSameIdempotencyKeyCreatesOnce() {
        Map<String, Object> body = skill(unique());
        Map<String, Object> another = new HashMap<>(body);
        another.put("description", "changed");
        ResourceChecks.assertRetriedCreateCreatesOnce("enablement", "/api/skills", body, another);
    }
}
