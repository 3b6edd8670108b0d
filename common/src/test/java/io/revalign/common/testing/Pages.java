package io.revalign.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Walks a keyset-paginated list to its end and checks the walk is complete and in order. */
public final class Pages {

    private Pages() {}

    /**
     * Reads every page of {@code path} with {@code limit} and asserts: no page is larger than the
     * limit, no item comes twice, every id in {@code expected} comes, and ids are in creation order.
     */
    public static void assertWalksEveryItemOnce(
            Supplier<RequestSpecification> as, String path, int limit, Collection<String> expected) {
        List<String> seen = new ArrayList<>();
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
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 10_000);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "an item came twice");
        assertTrue(seen.containsAll(expected), "an item never came");
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(Comparator.comparing(UUID::fromString));
        assertEquals(sorted, seen, "not oldest first");
    }
}
