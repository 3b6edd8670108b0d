package io.revalign.skills.api;

import static io.revalign.common.testing.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data through the API: sellers, profiles and skills each test arranges for itself. */
final class Fixtures {

    private Fixtures() {}

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> seller(String externalId, String role, String team, String manager) {
        Map<String, Object> seller = new HashMap<>();
        seller.put("externalId", externalId);
        seller.put("name", "Seller " + externalId);
        seller.put("email", externalId.toLowerCase() + "@example.com");
        seller.put("role", role);
        seller.put("team", team);
        if (manager != null) {
            seller.put("managerExternalId", manager);
        }
        return seller;
    }

    /** Upserts a seller and returns its id. */
    static String putSeller(String externalId, String role, String team, String manager) {
        Map<String, Object> body = seller(externalId, role, team, manager);
        body.remove("externalId");
        return as("integration")
                .body(body)
                .put("/api/sellers/external/" + externalId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Creates a skill in use with a fresh key and returns the key. */
    static String newSkill() {
        String key = SkillResourceTest.unique();
        as("enablement")
                .body(SkillResourceTest.skill(key))
                .post("/api/skills")
                .then()
                .statusCode(201);
        return key;
    }

    /** Writes the next version of {@code role}'s profile; requirements alternate skill key and level. */
    static String profile(String role, String targetDate, Object... requirements) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < requirements.length; i += 2) {
            list.add(Map.of("skillKey", requirements[i], "level", requirements[i + 1]));
        }
        return as("enablement")
                .body(Map.of("role", role, "targetDate", targetDate, "requirements", list))
                .post("/api/role-profiles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
