package io.revalign.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathPatternTest {

    @Test
    void aPatternMatchesItsPathAndWhatIsBelowIt() {
        PathPattern imports = PathPattern.of("/api/leads/imports");
        assertTrue(imports.matches("/api/leads/imports"));
        assertTrue(imports.matches("/api/leads/imports/42"));
        assertTrue(imports.matches("api/leads/imports/"));
        assertFalse(imports.matches("/api/leads"));
        assertFalse(imports.matches("/api/leads/importsx"));
        assertFalse(imports.matches("/api/skills/imports"));
    }

    @Test
    void anAsteriskStandsForAnyOneSegment() {
        PathPattern bulk = PathPattern.of("/api/*/bulk");
        assertTrue(bulk.matches("/api/leads/bulk"));
        assertTrue(bulk.matches("/api/skills/bulk/7"));
        assertFalse(bulk.matches("/api/bulk"));
        assertFalse(bulk.matches("/api/leads/x/bulk"));
    }

    @Test
    void segmentsIgnoreEmptyOnesAndANullPathHasNone() {
        assertEquals(List.of("api", "leads"), PathPattern.segments("//api//leads/"));
        assertEquals(List.of(), PathPattern.segments(null));
        assertEquals(List.of(), PathPattern.segments("/"));
        assertTrue(PathPattern.of("/").matches((String) null), "the root pattern matches every path");
        assertFalse(PathPattern.of("/api").matches((String) null));
    }

    @Test
    void moreSegmentsAreMoreSpecific() {
        assertEquals(3, PathPattern.of("/api/*/bulk").specificity());
        assertEquals(0, PathPattern.of("/").specificity());
    }

    @Test
    void theSegmentsCannotBeChangedAfterwards() {
        List<String> segments = new java.util.ArrayList<>(List.of("api"));
        PathPattern pattern = new PathPattern(segments);
        segments.add("leads");
        assertEquals(List.of("api"), pattern.segments());
    }
}
