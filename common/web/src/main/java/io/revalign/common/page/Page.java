package io.revalign.common.page;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list: the items and the cursor of the next page, if any. */
public record Page<T>(
        List<T> items,
        @Schema(
                        description = "Cursor to pass as `after` for the next page; null on the last page",
                        nullable = true,
                        examples = "AZOd7V0xd3aL2n3nG1mGxA")
                String next) {

    public static final String DEFAULT_LIMIT = "50";
    public static final int MAX_LIMIT = 500;

    /**
     * Builds a page of {@code list} from rows fetched with {@code limit + 1}: the extra row only tells
     * that a next page exists, and the cursor points after the last row returned (see {@link Cursor}).
     */
    public static <E> Page<E> of(List<E> rows, int limit, Function<E, UUID> id, Object list) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.encode(id.apply(shown.get(shown.size() - 1)), list) : null;
        return new Page<>(List.copyOf(shown), next);
    }

    /** The same page with each item mapped, e.g. from a domain value to its response record. */
    public <R> Page<R> map(Function<? super T, R> toItem) {
        return new Page<>(items.stream().<R>map(toItem).toList(), next);
    }
}
