package io.revalign.common.input;

import java.util.Arrays;
import java.util.List;

/**
 * A route group's path pattern: its segments, an asterisk standing for any one segment (the bulk
 * group's pattern names every service's bulk path so). A pattern matches its own path and every path
 * below it; the more segments it has, the more specific it is.
 */
public record PathPattern(List<String> segments) {

    public PathPattern {
        segments = List.copyOf(segments);
    }

    /** The pattern written as a path. */
    public static PathPattern of(String pattern) {
        return new PathPattern(segments(pattern));
    }

    /** Whether the path is the pattern's or below it. */
    public boolean matches(String path) {
        return matches(segments(path));
    }

    /** Whether a path, given as its segments, is the pattern's or below it. */
    public boolean matches(List<String> path) {
        if (path.size() < segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (!"*".equals(segments.get(i)) && !segments.get(i).equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** How specific the pattern is: its number of segments. */
    public int specificity() {
        return segments.size();
    }

    /** The non-empty segments of a path (none for null). */
    public static List<String> segments(String path) {
        return path == null
                ? List.of()
                : Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
