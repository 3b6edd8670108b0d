package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static io.revalign.lead.api.Qualifying.create;
import static io.revalign.lead.api.Qualifying.definition;
import static io.revalign.lead.api.Qualifying.run;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Definitions and life-cycle maps list their versions the same way: newest first, a page at a time,
 * `next` naming where the following page starts and missing on the last one.
 */
@QuarkusTest
class VersionListTest {

    @Test
    void definitionsPageNewestFirstUntilTheLast() {
        String older = create(definition(run()));
        String newer = create(definition(run()));
        List<String> ids = walk("/api/qualification/definitions");
        assertTrue(ids.indexOf(newer) >= 0 && ids.indexOf(newer) < ids.indexOf(older), "newest first: " + ids);
    }

    @Test
    void lifecycleMapsPageNewestFirstUntilTheLast() {
        JsonPath active = as("revops")
                .get("/api/lifecycle/maps/active")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String older = draftMap(active, "older " + run());
        String newer = draftMap(active, "newer " + run());
        List<String> ids = walk("/api/lifecycle/maps");
        assertTrue(ids.indexOf(newer) >= 0 && ids.indexOf(newer) < ids.indexOf(older), "newest first: " + ids);
    }

    /** Every id of a list, read one version a page; the version numbers must fall strictly. */
    private static List<String> walk(String list) {
        List<String> ids = new ArrayList<>();
        int previous = Integer.MAX_VALUE;
        String after = null;
        do {
            RequestSpecification request = as("revops").queryParam("limit", 1);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(list)
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(1))
                    .extract()
                    .jsonPath();
            int version = page.getInt("items[0].version");
            assertTrue(version < previous, list + " goes down: " + version + " after " + previous);
            previous = version;
            ids.add(page.getString("items[0].id"));
            after = page.getString("next");
            if (after != null) {
                assertEquals(Integer.toString(version), after, "the cursor names the version the page ended on");
            }
        } while (after != null);
        assertEquals(1, previous, list + " ends with version 1");
        return ids;
    }

    private static String draftMap(JsonPath active, String name) {
        return Qualifying.mia()
                .body(Map.of(
                        "name", name, "stages", active.getList("stages"), "transitions", active.getList("transitions")))
                .post("/api/lifecycle/maps")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
