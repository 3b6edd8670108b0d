package io.revalign.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    @Test
    void utf8JsonIsAccepted() {
        assertNull(JsonBodies.problem("application/json"));
        assertNull(JsonBodies.problem("application/json; charset=UTF-8"));
        assertNull(JsonBodies.problem("Application/JSON;charset=\"utf-8\""));
        assertNull(JsonBodies.problem("application/merge-patch+json"));
    }

    @Test
    void everythingElseIsNamed() {
        assertEquals("The request has a body but no Content-Type", JsonBodies.problem(null));
        assertEquals("Content-Type is not a media type", JsonBodies.problem("bogus"));
        assertEquals("Content-Type text/plain is not JSON", JsonBodies.problem("text/plain"));
        assertEquals("Content-Type application/xml is not JSON", JsonBodies.problem("application/xml"));
        assertEquals("The charset UTF-16 is not UTF-8", JsonBodies.problem("application/json; charset=UTF-16"));
        assertNotNull(JsonBodies.problem("application/json; charset"));
    }

    @BoundedJson(maxDepth = 2, maxKeys = 3, maxKeyLength = 4, maxStringLength = 5, maxItems = 2, maxSize = 40)
    private static final Object BOUNDS = null;

    static String problem(Object value) throws Exception {
        BoundedJson bounds = JsonBodiesTest.class.getDeclaredField("BOUNDS").getAnnotation(BoundedJson.class);
        return BoundedJsonValidator.problem(value, bounds);
    }

    @Test
    void freeJsonIsBoundedInEveryDirection() throws Exception {
        assertNull(problem(Map.of("a", List.of(1, "xy"))));
        assertEquals("must nest objects and arrays at most 2 levels deep", problem(Map.of("a", Map.of("b", Map.of()))));
        assertEquals("must hold at most 3 keys in all", problem(Map.of("a", Map.of("b", 1, "c", 2, "d", 3))));
        assertEquals("must have keys of at most 4 characters", problem(Map.of("abcde", 1)));
        assertEquals("must have text values of at most 5 characters", problem(Map.of("a", "abcdef")));
        assertEquals("must have arrays of at most 2 items", problem(Map.of("a", List.of(1, 2, 3))));
        assertEquals(
                "must be at most 40 characters when written as JSON",
                problem(Map.of("a", "abcde", "b", "abcde", "c", List.of("abcde", "abcde"))));
        Map<String, Object> nul = new HashMap<>();
        nul.put("a\u0000", 1);
        assertEquals("must have keys that do not contain NUL (U+0000) or an unpaired surrogate", problem(nul));
    }
}
