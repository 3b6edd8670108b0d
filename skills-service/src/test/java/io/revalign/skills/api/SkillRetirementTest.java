package io.revalign.skills.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkillRetirementTest {

    @Test
    void retiredSkillStaysReadableAndIsListedAsRetired() {
        String key = SkillResourceTest.unique();
        String id = SkillUpdateTest.create(key);
        as("enablement")
                .header("If-Match", "\"99\"")
                .post("/api/skills/" + id + "/retirement")
                .then()
                .statusCode(412);
        String etag = SkillUpdateTest.etag(id);
        as("enablement").post("/api/skills/" + id + "/retirement").then().statusCode(428);
        as("sales-leader")
                .header("If-Match", etag)
                .post("/api/skills/" + id + "/retirement")
                .then()
                .statusCode(403);
        as("seller").get("/api/skills/" + id).then().body("retiredAt", nullValue());
        String retiredEtag = as("enablement")
                .header("If-Match", etag)
                .post("/api/skills/" + id + "/retirement")
                .then()
                .statusCode(200)
                .body("retiredAt", notNullValue())
                .extract()
                .header("ETag");
        String retiredAt = as("seller")
                .get("/api/skills/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("retiredAt");
        as("enablement")
                .header("If-Match", retiredEtag)
                .post("/api/skills/" + id + "/retirement")
                .then()
                .statusCode(200)
                .header("ETag", retiredEtag)
                .body("retiredAt", equalTo(retiredAt));
        as("seller")
                .queryParam("retired", true)
                .queryParam("limit", 500)
                .get("/api/skills")
                .then()
                .body("items.id", hasItem(id));
        as("seller")
                .queryParam("retired", false)
                .queryParam("key", key)
                .get("/api/skills")
                .then()
                .body("items.id", not(hasItem(id)));
    }
}
