package io.revalign.common.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PageTest {

    record Filter(String value) {}

    /** Walking pages of any size over any number of rows yields every row once, in order. */
    @Property
    void pagesCoverEveryRowOnceInOrder(
            @ForAll @IntRange(max = 40) int rows, @ForAll @IntRange(min = 1, max = 12) int limit) {
        List<UUID> all = IntStream.range(0, rows).mapToObj(i -> new UUID(1, i)).toList();
        Filter filter = new Filter("x");
        List<UUID> seen = new java.util.ArrayList<>();
        String next = null;
        do {
            UUID after = Cursor.decode(next, filter);
            List<UUID> fetched = all.stream()
                    .filter(id -> after == null || id.compareTo(after) > 0)
                    .limit(limit + 1L)
                    .toList();
            Page<UUID> page = Page.of(fetched, limit, id -> id, filter);
            assertEquals(Math.min(limit, fetched.size()), page.items().size());
            seen.addAll(page.items());
            next = page.next();
        } while (next != null);
        assertEquals(all, seen);
    }

    @Property
    void theLastPageHasNoNext(@ForAll @IntRange(max = 10) int rows) {
        List<UUID> fetched =
                IntStream.range(0, rows).mapToObj(i -> new UUID(2, i)).toList();
        assertNull(Page.of(fetched, 10, id -> id, new Filter(null)).next());
    }

    @Property
    void mappingKeepsTheCursor(@ForAll @IntRange(min = 2, max = 10) int rows) {
        List<UUID> fetched =
                IntStream.range(0, rows).mapToObj(i -> new UUID(3, i)).toList();
        Page<UUID> page = Page.of(fetched, 1, id -> id, new Filter(null));
        Page<String> mapped = page.map(UUID::toString);
        assertEquals(page.next(), mapped.next());
        assertEquals(List.of(fetched.get(0).toString()), mapped.items());
    }
}
