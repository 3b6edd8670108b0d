package io.revalign.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Walks a keyset-paginated list to its end and checks the walk is complete and in order. */
public final class Pages {

    private Pages() {}

    /**
     * Reads every page of {@code path} with {@code limit} and asserts: no page is larger than the
     * limit, no item comes twice, the ids in {@code createdInOrder} (as the test created them, one
     * after the other) all come and in that order, and their {@code createdAt} never goes backwards.
     */
    public static void assertWalksEveryItemOnce(
            Supplier<RequestSpecification> as, String path, int limit, List<String> createdInOrder) {
        List<String> seen = new ArrayList<>();
        Map<String, Instant> createdAt = new HashMap<>();
        String after = null;
        int pages = 0;
        do {
            RequestSpecification request = as.get().queryParam("limit", limit);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            assertTrue(ids.size() <= limit, "page larger than the limit");
            seen.addAll(ids);
            List<String> times = page.getList("items.createdAt");
            for (int i = 0; i < ids.size(); i++) {
                createdAt.put(ids.get(i), Instant.parse(times.get(i)));
            }
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 10_000);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "an item came twice");
        assertTrue(seen.containsAll(createdInOrder), "an item never came");
        assertEquals(
                createdInOrder,
                seen.stream().filter(createdInOrder::contains).toList(),
                "not oldest first: the items came in another order than they were created");
        List<Instant> times = createdInOrder.stream().map(createdAt::get).toList();
        assertEquals(times.stream().sorted().toList(), times, "not oldest first: createdAt goes backwards");
    }

    /** The {@code next} cursor of the first page of {@code path} with one item; the list must hold two. */
    public static String nextCursor(Supplier<RequestSpecification> as, String path) {
        String next = as.get()
                .queryParam("limit", 1)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .path("next");
        assertNotNull(next, "a list of at least two items has a next page");
        return next;
    }
}
