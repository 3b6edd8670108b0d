package io.revalign.skills.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkillUpdateTest {

    static String create(String key) {
        return as("enablement")
                .body(SkillResourceTest.skill(key))
                .post("/api/skills")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String etag(String id) {
        return as("enablement")
                .get("/api/skills/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    @Test
    void updateWithTheCurrentETagChangesTheSkillAndTheETag() {
        String key = SkillResourceTest.unique();
        String id = create(key);
        String etag = etag(id);
        Map<String, Object> body = SkillResourceTest.skill(key);
        body.put("name", "Prompting for sales");
        body.put("levelDescriptors", Map.of("PROFICIENT", "Builds reusable prompt templates"));
        String next = as("enablement")
                .header("If-Match", etag)
                .body(body)
                .put("/api/skills/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Prompting for sales"))
                .body("levelDescriptors.PROFICIENT", equalTo("Builds reusable prompt templates"))
                .body("levelDescriptors.AWARE", equalTo(null))
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, next);
        as("seller")
                .get("/api/skills/" + id)
                .then()
                .statusCode(200)
                .header("ETag", next)
                .body("name", equalTo("Prompting for sales"));
    }

    @Test
    void missingOrStaleIfMatchAndKeyChangesWriteNothing() {
        String key = SkillResourceTest.unique();
        String id = create(key);
        String etag = etag(id);
        Map<String, Object> body = SkillResourceTest.skill(key);
        body.put("name", "Changed");
        as("enablement")
                .body(body)
                .put("/api/skills/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        as("enablement")
                .header("If-Match", "\"999\"")
                .body(body)
                .put("/api/skills/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", etag);
        Map<String, Object> rekeyed = SkillResourceTest.skill(SkillResourceTest.unique());
        as("enablement")
                .header("If-Match", etag)
                .body(rekeyed)
                .put("/api/skills/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as("enablement")
                .header("If-Match", etag)
                .body(Map.of("key", key, "name", "", "category", "NOPE"))
                .put("/api/skills/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("sales-leader")
                .header("If-Match", etag)
                .body(body)
                .put("/api/skills/" + id)
                .then()
                .statusCode(403);
        as("enablement")
                .get("/api/skills/" + id)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("name", equalTo("Prompt engineering"));
    }

    @Test
    void seedCatalogueHoldsTheAiEraSkillsWithDescriptorsAndOnetReferences() {
        as("seller")
                .queryParam("category", "AI_TOOLS")
                .queryParam("limit", 500)
                .get("/api/skills")
                .then()
                .statusCode(200)
                .body("items.key", hasItems("prompt-engineering", "conversation-intelligence", "ai-agent-workflows"));
        as("seller")
                .queryParam("key", "negotiation")
                .get("/api/skills")
                .then()
                .statusCode(200)
                .body("items[0].category", equalTo("BUYER_ENGAGEMENT"))
                .body("items[0].taxonomy.scheme", equalTo("ONET"))
                .body("items[0].taxonomy.code", equalTo("2.B.1.d Negotiation"))
                .body("items[0].levelDescriptors.size()", equalTo(5));
    }
}
