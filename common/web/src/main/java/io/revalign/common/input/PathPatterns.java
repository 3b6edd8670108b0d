package io.revalign.common.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Values kept by path pattern, such as route groups: a path takes the value of the most specific
 * {@link PathPattern} it matches, the first added among equally specific ones.
 */
public final class PathPatterns<T> {

    private record Entry<T>(PathPattern pattern, T value) {}

    private final List<Entry<T>> entries = new ArrayList<>();

    /** Adds a value under a pattern written as a path. */
    public PathPatterns<T> add(String pattern, T value) {
        entries.add(new Entry<>(PathPattern.of(pattern), value));
        entries.sort(Comparator.comparingInt((Entry<T> e) -> e.pattern().specificity())
                .reversed());
        return this;
    }

    /** The value of the most specific pattern that matches the path, if any does. */
    public Optional<T> find(String path) {
        List<String> segments = PathPattern.segments(path);
        for (Entry<T> entry : entries) {
            if (entry.pattern().matches(segments)) {
                return Optional.of(entry.value());
            }
        }
        return Optional.empty();
    }

    /** Every value, once per pattern, the most specific pattern's first. */
    public List<T> values() {
        return entries.stream().map(Entry::value).toList();
    }
}
