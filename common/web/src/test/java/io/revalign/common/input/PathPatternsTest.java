package io.revalign.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PathPatternsTest {

    private final PathPatterns<String> groups = new PathPatterns<String>()
            .add("/api/*/bulk", "bulk")
            .add("/api/leads/bulk/special", "special")
            .add("/api/leads/imports", "bulk")
            .add("/api/leads/*/x", "first")
            .add("/api/leads/y/*", "second");

    @Test
    void aPathTakesTheValueOfTheMostSpecificPatternItMatches() {
        assertEquals(Optional.of("bulk"), groups.find("/api/leads/bulk"));
        assertEquals(Optional.of("bulk"), groups.find("/api/skills/bulk/42"));
        assertEquals(Optional.of("special"), groups.find("/api/leads/bulk/special/9"));
        assertEquals(Optional.of("bulk"), groups.find("/api/leads/imports"));
    }

    @Test
    void amongEquallySpecificPatternsTheFirstAddedWins() {
        assertEquals(Optional.of("first"), groups.find("/api/leads/y/x"));
        assertEquals(Optional.of("second"), groups.find("/api/leads/y/z"));
    }

    @Test
    void aPathNoPatternMatchesHasNoValue() {
        assertEquals(Optional.empty(), groups.find("/api/leads"));
        assertEquals(Optional.empty(), groups.find("/api/bulk"));
        assertEquals(Optional.empty(), groups.find(null));
        assertEquals(Optional.empty(), new PathPatterns<String>().find("/api/leads"));
    }

    @Test
    void valuesComeMostSpecificFirstOncePerPattern() {
        assertEquals(List.of("special", "first", "second", "bulk", "bulk"), groups.values());
    }
}
